use clap::Parser;
use tadamun::config::{Cli, Command, Config};

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    match run(cli).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("tadamun: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

async fn run(cli: Cli) -> anyhow::Result<()> {
    // Every command reads every option; each uses those that apply to it.
    let cfg = Config::resolve(&cli.common, Some(&cli.serve))?;
    init_logging(&cfg.log);
    match cli.command {
        None | Some(Command::Serve) => serve(cfg).await,
        Some(Command::Migrate) => tadamun::cli::migrate(&cfg).await,
        Some(Command::Worker) => worker(cfg).await,
        Some(Command::SendTestMail { to, lang, .. }) => tadamun::cli::send_test_mail(&cfg, &to, &lang).await,
        Some(Command::Admin(cmd)) => tadamun::cli::admin(&cfg, &cmd).await,
    }
}

fn init_logging(filter: &str) {
    let filter = tracing_subscriber::EnvFilter::try_new(filter).unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr).init();
}

async fn serve(cfg: Config) -> anyhow::Result<()> {
    let listen = cfg.listen;
    let state = tadamun::app::prepare(cfg).await?;
    let first = tadamun::app::first_run(&state).await?;
    let running = tadamun::app::start(state.clone(), listen).await?;
    let base = &state.cfg.base_url;
    println!("\ntadamun is running at {base}/");
    if first.demo_seeded {
        println!("A demo campaign was created: {base}/ar/c/{}", tadamun::demo::SLUG);
    }
    match &first.coordinator {
        Some((login, password)) => println!(
            "Sign in at {base}/en/staff/login as \"{login}\" with the password {password}\n\
             (shown only this once; `tadamun admin reset-password {login}` makes a new one)."
        ),
        None => println!("Staff sign in at {base}/en/staff/login"),
    }
    println!("Data folder: {}  (keep master.key out of database backups)\n", state.cfg.data_dir.display());
    wait_for_stop_signal().await?;
    tracing::info!("shutting down");
    running.stop().await
}

/// Jobs only: for a process beside `serve --workers 0` ones, all sharing one PostgreSQL.
async fn worker(mut cfg: Config) -> anyhow::Result<()> {
    cfg.workers = cfg.workers.max(1);
    let state = tadamun::app::prepare(cfg).await?;
    let workers = tadamun::app::Workers::start(&state, &tadamun::jobs::Registry::standard(), state.cfg.workers);
    tracing::info!(workers = state.cfg.workers, "job workers running");
    wait_for_stop_signal().await?;
    tracing::info!("shutting down");
    workers.stop().await;
    Ok(())
}

/// Ctrl-C or SIGTERM (what service managers send).
async fn wait_for_stop_signal() -> anyhow::Result<()> {
    let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())?;
    tokio::select! {
        r = tokio::signal::ctrl_c() => r?,
        _ = term.recv() => {}
    }
    Ok(())
}
