//! The "What to do" guide's sources are listed, with their addresses, in
//! locales/HELP-SOURCES.md, which data/SOURCES.md points to.

use std::path::Path;

fn read(path: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap()
}

#[test]
fn every_source_of_the_guide_is_listed_with_its_address_and_reading() {
    let list = read("locales/HELP-SOURCES.md");
    for source in &repere::help::SOURCES {
        assert!(
            list.contains(&format!("<{}>", source.url)),
            "{}: address",
            source.id
        );
        assert!(list.contains(source.publisher), "{}: publisher", source.id);
        if let Some(copy) = source.read_at {
            assert!(list.contains(copy), "{}: where it was read", source.id);
        }
    }
    assert!(list.contains(repere::help::SOURCES_READ_ON));
    assert_eq!(
        list.matches("| <http").count(),
        repere::help::SOURCES.len(),
        "a listed source the guide does not use"
    );
}

#[test]
fn the_data_sources_point_to_the_guide_sources() {
    assert!(read("data/SOURCES.md").contains("locales/HELP-SOURCES.md"));
}
