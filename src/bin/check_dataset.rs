//! `check-dataset FILE...`: checks dataset files with the explorer's own parser and validation
//! and prints the same located messages the app shows. Exit status 0 when every file is valid,
//! 1 when any is not (or cannot be read).

use std::process::ExitCode;

use war_alignment_explorer::model::{self, read_text};
use war_alignment_explorer::query::words::count;

fn main() -> ExitCode {
    let files: Vec<String> = std::env::args().skip(1).collect();
    if files.is_empty() {
        eprintln!("usage: check-dataset FILE...");
        return ExitCode::FAILURE;
    }
    let mut all_valid = true;
    for file in &files {
        let checked = std::fs::read(file)
            .map_err(|e| vec![format!("cannot be read: {e}")])
            .and_then(|bytes| read_text(&bytes).map_err(|e| vec![e]))
            .and_then(|text| model::load(&text).map_err(|e| e.problems()));
        match checked {
            Ok(d) => println!(
                "{file}: valid — {}, {}, {}, {}, {}",
                count(d.actors.len(), "actor", "actors"),
                count(d.relations.len(), "relation", "relations"),
                count(d.events.len(), "event", "events"),
                count(d.figures.len(), "figure", "figures"),
                count(d.disagreements.len(), "disagreement", "disagreements")
            ),
            Err(problems) => {
                all_valid = false;
                println!("{file}: {}", count(problems.len(), "problem", "problems"));
                for problem in problems {
                    println!("  {problem}");
                }
            }
        }
    }
    if all_valid {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
