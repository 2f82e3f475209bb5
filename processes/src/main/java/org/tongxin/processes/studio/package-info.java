/**
 * The designer's studio, engine side: checking a draft diagram the way a deployment would (Camunda's parser, the BPMN
 * contract, the task registry) without deploying it, so every finding can be shown on the draft before it reaches
 * running cases.
 */
package org.tongxin.processes.studio;
