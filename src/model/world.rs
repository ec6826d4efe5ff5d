//! The world map's boundary file, `public/data/world-110m.json`: one record per country of
//! Natural Earth's 1:110m set (written by `scripts/world.mjs`), with its ISO 3166-1 codes, its
//! name and its rings as flat `[lon, lat, lon, lat, …]` lists in degrees.
//!
//! Pure: parses text; knows nothing of the network or of drawing. Read through
//! `serde_json::Value` (already in the app for the dataset's version check) rather than a
//! derived deserializer, which would add its own code to the first load.

use serde_json::Value;

/// The boundary file.
#[derive(Clone, Debug, PartialEq)]
pub struct World {
    /// Where the boundaries come from, and their licence.
    pub source: String,
    pub countries: Vec<Country>,
}

/// One country of the boundary set.
#[derive(Clone, Debug, PartialEq)]
pub struct Country {
    /// ISO 3166-1 alpha-2 code; `None` where ISO 3166 has none (Somaliland, Northern Cyprus).
    pub a2: Option<String>,
    /// ISO 3166-1 numeric code, as three digits.
    pub n: Option<String>,
    pub name: String,
    /// Outer rings and holes alike, each an open list of longitude, latitude pairs.
    pub rings: Vec<Vec<f64>>,
}

impl World {
    /// The position of the country with alpha-2 code `code` (any case).
    pub fn country_by_code(&self, code: &str) -> Option<usize> {
        self.countries.iter().position(|c| {
            c.a2.as_deref()
                .is_some_and(|a2| a2.eq_ignore_ascii_case(code))
        })
    }
}

/// Reads a boundary file. A missing field, a ring with an odd number of values or fewer than
/// three points, or a point off the globe is what a broken file would hold: it is refused
/// with a message.
pub fn parse_world(text: &str) -> Result<World, String> {
    let value: Value =
        serde_json::from_str(text).map_err(|e| crate::tr!("world.file.not-json", error = e))?;
    let code = |c: &Value, key: &str| c.get(key).and_then(Value::as_str).map(str::to_string);
    let countries = value
        .get("countries")
        .and_then(Value::as_array)
        .ok_or_else(|| crate::tr!("world.file.no-countries"))?
        .iter()
        .map(|c| {
            let name = code(c, "name").ok_or_else(|| crate::tr!("world.file.no-name"))?;
            let broken = || crate::tr!("world.file.broken", name = name);
            let rings = c
                .get("rings")
                .and_then(Value::as_array)
                .ok_or_else(broken)?
                .iter()
                .map(|ring| {
                    let ring: Option<Vec<f64>> =
                        ring.as_array()?.iter().map(Value::as_f64).collect();
                    ring.filter(|r| {
                        r.len() >= 6
                            && r.len() % 2 == 0
                            && r.chunks(2)
                                .all(|p| p[0].abs() <= 180.0 && p[1].abs() <= 90.0)
                    })
                })
                .collect::<Option<Vec<Vec<f64>>>>()
                .ok_or_else(broken)?;
            Ok(Country {
                a2: code(c, "a2"),
                n: code(c, "n"),
                name,
                rings,
            })
        })
        .collect::<Result<Vec<Country>, String>>()?;
    Ok(World {
        source: code(&value, "source").unwrap_or_default(),
        countries,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_world_is_one_record_per_country_with_unique_codes() {
        let world = parse_world(include_str!("../../public/data/world-110m.json")).unwrap();
        assert_eq!(
            world.countries.len(),
            176,
            "Natural Earth 1:110m less Antarctica"
        );
        assert!(world.source.contains("Natural Earth") && world.source.contains("world-atlas"));
        let mut codes: Vec<&str> = world
            .countries
            .iter()
            .filter_map(|c| c.a2.as_deref())
            .collect();
        let coded = codes.len();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), coded, "no code twice");
        assert!(coded >= 174);
        for country in &world.countries {
            assert!(!country.rings.is_empty(), "{}", country.name);
            assert!(!country.name.is_empty());
        }
        for (code, name) in [("KP", "North Korea"), ("UA", "Ukraine"), ("RU", "Russia")] {
            let at = world.country_by_code(code).unwrap();
            assert_eq!(world.countries[at].name, name);
        }
        assert_eq!(world.country_by_code("kr"), world.country_by_code("KR"));
        assert_eq!(world.country_by_code("SG"), None, "too small for 1:110m");
    }

    #[test]
    fn broken_files_are_refused_with_a_message() {
        assert!(parse_world("[]").is_err());
        let odd =
            r#"{"source":"x","countries":[{"a2":"AA","n":null,"name":"A","rings":[[1,2,3,4,5]]}]}"#;
        assert!(parse_world(odd).unwrap_err().contains("outline of A"));
        let off = r#"{"source":"x","countries":[{"a2":null,"n":null,"name":"B","rings":[[1,2,3,4,500,6]]}]}"#;
        assert!(parse_world(off).is_err());
    }
}
