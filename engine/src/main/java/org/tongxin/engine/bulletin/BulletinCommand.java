package org.tongxin.engine.bulletin;

import org.tongxin.engine.shared.Command;

public sealed interface BulletinCommand extends Command permits CompileBulletin, PublishBulletin {

    BulletinId bulletinId();
}
