//! A dataset read from its JSON text into its types, by hand. serde_json parses the text into
//! a light tree ([`Json`]: texts borrowed from the text where they can be, an object's members
//! in a list, keys given twice kept); the reader then walks it. Every value of the wrong shape is
//! reported with its JSON path, not just the first as a derived deserializer would, and the
//! code is a fraction of what derived deserializers add to the app. The schema's shape is
//! written out here once per record type; the JSON Schema beside the dataset and the README
//! say the same.

mod json;
mod misfit;
mod reader;
mod records;

pub use json::{parse, Json};
pub use misfit::{found, number_text, Expected, Located, Misfit};

use super::Dataset;
use reader::Reader;

/// Reads a parsed dataset into its types, or says every misfit it holds.
pub fn dataset(value: Json) -> Result<Dataset, Vec<Located>> {
    let mut reader = Reader {
        path: String::from("$"),
        misfits: Vec::new(),
    };
    match records::read_dataset(&mut reader, value) {
        Some(dataset) if reader.misfits.is_empty() => Ok(dataset),
        _ => Err(reader.misfits),
    }
}
