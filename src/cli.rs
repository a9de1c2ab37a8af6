//! The subcommands other than `serve`: migrations and staff accounts from the shell.
//! Passwords are generated and printed once to the terminal, never logged.

use anyhow::{Context, bail};

use crate::config::{AdminCommand, Config};
use crate::db::{Db, now};
use crate::staff::{Login, Role, model, store};

pub async fn migrate(cfg: &Config) -> anyhow::Result<()> {
    let db = Db::connect(&cfg.database_url).await?;
    db.migrate().await?;
    println!("Database is up to date.");
    Ok(())
}

pub async fn admin(cfg: &Config, command: &AdminCommand) -> anyhow::Result<()> {
    let db = Db::connect(&cfg.database_url).await?;
    db.migrate().await?;
    match command {
        AdminCommand::CreateCoordinator { login } => {
            let login = Login::parse(login).map_err(|_| anyhow::anyhow!("a sign-in name is 3 to 64 of a-z 0-9 . _ -"))?;
            let password = model::generate_password();
            let hash = model::hash_password(&password)?;
            if store::create(&db, &login, Role::Coordinator, &hash, now()).await?.is_none() {
                bail!("an account named {} exists already", login.as_str());
            }
            println!("Created coordinator {}.\nPassword (shown once): {password}", login.as_str());
        }
        AdminCommand::ResetPassword { login } => {
            let login = Login::parse(login).map_err(|_| anyhow::anyhow!("a sign-in name is 3 to 64 of a-z 0-9 . _ -"))?;
            let account = store::find_by_login(&db, &login).await?.with_context(|| format!("no account named {}", login.as_str()))?;
            let password = model::generate_password();
            let hash = model::hash_password(&password)?;
            store::set_password(&db, model::StaffId(account.id), &hash, now()).await?;
            println!("New password for {} (shown once): {password}\nEvery session of the account has ended.", login.as_str());
        }
    }
    Ok(())
}
