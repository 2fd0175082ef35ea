use clap::Parser;

fn main() -> std::process::ExitCode {
    let cli = fairrecruit::cli::Cli::parse();
    match fairrecruit::cli::run(cli) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error}");
            std::process::ExitCode::FAILURE
        }
    }
}
