package org.tongxin.engine.bulletin;

public sealed interface BulletinEvent permits BulletinCompiled, BulletinPublished {

    BulletinId bulletinId();
}
