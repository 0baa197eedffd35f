//! The CSV export, for a spreadsheet. (The JSON export is `Diary::to_json`: complete,
//! versioned, and the only form that can be imported back.)

use super::calendar::{minute_of_day, Day};
use super::entry::{Amount, Company, Entry, Route};
use super::journal::Diary;
use crate::lang::Lang;
use crate::number::decimal_separator;

/// French spreadsheets expect `;` between cells and a decimal comma; others `,` and a point.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CsvDialect {
    International,
    French,
}

impl CsvDialect {
    /// The dialect of the spreadsheets of a language's readers: French where the language
    /// writes a decimal comma.
    pub fn for_lang(lang: Lang) -> CsvDialect {
        if decimal_separator(lang) == ',' {
            CsvDialect::French
        } else {
            CsvDialect::International
        }
    }

    fn separator(self) -> char {
        match self {
            CsvDialect::International => ',',
            CsvDialect::French => ';',
        }
    }

    fn decimal_point(self) -> char {
        match self {
            CsvDialect::International => '.',
            CsvDialect::French => ',',
        }
    }
}

const HEADER: [&str; 15] = [
    "id",
    "local_time",
    "utc_offset",
    "rocks",
    "milligrams",
    "spent_eur",
    "how",
    "company",
    "shared_pipe",
    "burns_or_cuts",
    "craving",
    "slept",
    "ate",
    "note",
    "at_utc_ms",
];

impl Diary {
    /// One line per entry, oldest first, in UTF-8 with a byte-order mark (without it,
    /// Excel garbles accented notes) and CRLF line ends, as RFC 4180 has it.
    pub fn to_csv(&self, dialect: CsvDialect) -> String {
        let mut csv = String::from('\u{feff}');
        push_row(
            &mut csv,
            dialect,
            HEADER.iter().map(|cell| cell.to_string()),
        );
        for entry in self.entries() {
            push_row(&mut csv, dialect, row(entry, dialect));
        }
        csv
    }
}

fn row(entry: &Entry, dialect: CsvDialect) -> impl Iterator<Item = String> {
    let (rocks, milligrams) = match entry.amount {
        Some(Amount::Rocks(rocks)) => (rocks.to_string(), String::new()),
        Some(Amount::Milligrams(mg)) => (String::new(), mg.to_string()),
        None => (String::new(), String::new()),
    };
    let how = entry.route.map(|route| match route {
        Route::Smoked => "smoked",
        Route::Inhaled => "inhaled",
        Route::Injected => "injected",
        Route::Other => "other",
    });
    let company = entry.company.map(|company| match company {
        Company::Alone => "alone",
        Company::WithOthers => "with_others",
    });
    let yes_no = |answer: Option<bool>| answer.map(|yes| if yes { "yes" } else { "no" });
    let text = |cell: Option<&str>| cell.unwrap_or_default().to_string();
    [
        entry.id.to_string(),
        local_time(entry),
        utc_offset(entry.offset_min),
        rocks,
        milligrams,
        entry
            .spent_cents
            .map(|cents| euros(cents, dialect))
            .unwrap_or_default(),
        text(how),
        text(company),
        text(yes_no(entry.shared_pipe)),
        text(yes_no(entry.burns_or_cuts)),
        entry.craving.map(|c| c.to_string()).unwrap_or_default(),
        text(yes_no(entry.slept)),
        text(yes_no(entry.ate)),
        text(entry.note.as_deref()),
        entry.at_ms.to_string(),
    ]
    .into_iter()
}

/// `2024-06-01 23:30`, which spreadsheets read as a date and time.
fn local_time(entry: &Entry) -> String {
    let minute = minute_of_day(entry.at_ms, entry.offset_min);
    let day = Day::of(entry.at_ms, entry.offset_min);
    format!("{day} {:02}:{:02}", minute / 60, minute % 60)
}

/// `UTC+02:00`: a leading letter keeps a spreadsheet from reading `+02:00` as a formula.
fn utc_offset(offset_min: i16) -> String {
    let sign = if offset_min < 0 { '-' } else { '+' };
    let minutes = offset_min.unsigned_abs();
    format!("UTC{sign}{:02}:{:02}", minutes / 60, minutes % 60)
}

fn euros(cents: u32, dialect: CsvDialect) -> String {
    format!(
        "{}{}{:02}",
        cents / 100,
        dialect.decimal_point(),
        cents % 100
    )
}

fn push_row(csv: &mut String, dialect: CsvDialect, cells: impl Iterator<Item = String>) {
    for (n, cell) in cells.enumerate() {
        if n > 0 {
            csv.push(dialect.separator());
        }
        push_cell(csv, dialect, &cell);
    }
    csv.push_str("\r\n");
}

/// Quotes a cell when needed, and defuses a note a spreadsheet would run as a formula
/// (`=HYPERLINK(...)`, `+cmd`...) with a leading apostrophe, as OWASP advises.
fn push_cell(csv: &mut String, dialect: CsvDialect, cell: &str) {
    let formula = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let quoted = formula
        || cell.contains([dialect.separator(), '"', '\n', '\r'])
        || cell.starts_with(' ')
        || cell.ends_with(' ');
    if quoted {
        csv.push('"');
    }
    if formula {
        csv.push('\'');
    }
    for c in cell.chars() {
        if c == '"' {
            csv.push('"');
        }
        csv.push(c);
    }
    if quoted {
        csv.push('"');
    }
}

#[cfg(test)]
mod tests {
    use super::super::entry::EntryId;
    use super::*;

    // 2024-06-01T21:30:00Z, 23:30 in Paris.
    const AT: i64 = 1_717_277_400_000;

    fn one_entry(edit: impl FnOnce(&mut Entry)) -> Diary {
        let mut diary = Diary::new();
        let id = EntryId::new(AT, 0xabc).unwrap();
        let mut entry = diary.record(id, AT, 120).unwrap().clone();
        edit(&mut entry);
        diary.update(entry).unwrap();
        diary
    }

    fn data_line(csv: &str) -> &str {
        csv.split("\r\n").nth(1).unwrap()
    }

    #[test]
    fn a_full_entry_in_both_dialects() {
        let diary = one_entry(|e| {
            e.amount = Some(Amount::Rocks(2));
            e.spent_cents = Some(2050);
            e.route = Some(Route::Smoked);
            e.company = Some(Company::WithOthers);
            e.shared_pipe = Some(true);
            e.burns_or_cuts = Some(false);
            e.craving = Some(8);
            e.slept = Some(false);
            e.ate = Some(true);
            e.note = Some("avec K.; pipe \"prêtée\", ça brûle".into());
        });
        let csv = diary.to_csv(CsvDialect::International);
        assert!(csv.starts_with("\u{feff}id,local_time,utc_offset,rocks,"));
        assert!(csv.ends_with("\r\n"));
        assert_eq!(
            data_line(&csv),
            "1717277400000-0000000000000abc,2024-06-01 23:30,UTC+02:00,2,,20.50,smoked,with_others,\
             yes,no,8,no,yes,\"avec K.; pipe \"\"prêtée\"\", ça brûle\",1717277400000"
        );
        let french = diary.to_csv(CsvDialect::French);
        assert_eq!(
            data_line(&french),
            "1717277400000-0000000000000abc;2024-06-01 23:30;UTC+02:00;2;;20,50;smoked;with_others;\
             yes;no;8;no;yes;\"avec K.; pipe \"\"prêtée\"\", ça brûle\";1717277400000"
        );
    }

    #[test]
    fn english_readers_get_the_international_dialect() {
        assert_eq!(CsvDialect::for_lang(Lang::En), CsvDialect::International);
        for lang in [Lang::Fr, Lang::Ru, Lang::Wo] {
            assert_eq!(CsvDialect::for_lang(lang), CsvDialect::French);
        }
    }

    #[test]
    fn a_one_tap_entry_leaves_cells_empty() {
        let csv = one_entry(|_| {}).to_csv(CsvDialect::International);
        assert_eq!(
            data_line(&csv),
            "1717277400000-0000000000000abc,2024-06-01 23:30,UTC+02:00,,,,,,,,,,,,1717277400000"
        );
        assert_eq!(csv.matches("\r\n").count(), 2);
    }

    #[test]
    fn formulas_are_defused_and_line_breaks_kept_inside_quotes() {
        let cases = [
            (
                "=HYPERLINK(\"http://x\")",
                "\"'=HYPERLINK(\"\"http://x\"\")\"",
            ),
            ("+33 6", "\"'+33 6\""),
            ("-2", "\"'-2\""),
            ("@SUM(A1)", "\"'@SUM(A1)\""),
            ("\tx", "\"'\tx\""),
            ("line\nbreak", "\"line\nbreak\""),
            (" padded", "\" padded\""),
            ("plain", "plain"),
        ];
        for (note, cell) in cases {
            let csv = one_entry(|e| e.note = Some(note.into())).to_csv(CsvDialect::International);
            assert!(
                csv.contains(&format!(",{cell},1717277400000\r\n")),
                "{note:?} in {csv:?}"
            );
        }
    }

    #[test]
    fn negative_offsets_and_milligrams() {
        let diary = one_entry(|e| {
            e.offset_min = -330;
            e.amount = Some(Amount::Milligrams(250));
            e.spent_cents = Some(5);
        });
        let line = data_line(&diary.to_csv(CsvDialect::International)).to_string();
        assert!(
            line.contains(",2024-06-01 16:00,UTC-05:30,,250,0.05,"),
            "{line}"
        );
    }
}
