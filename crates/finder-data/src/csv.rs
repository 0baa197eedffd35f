//! RFC 4180 CSV, strictly: the `csv` crate accepts stray quotes, text after a closing
//! quote and an unterminated quote without a word, where a malformed FINESS file should
//! stop the build.

/// A CSV record's fields, with the line it starts on.
pub type Record = (usize, Vec<String>);

/// RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks.
/// Gives each record with the line it starts on; a stray quote is an error (line, why).
pub fn parse_csv(text: &str) -> Result<Vec<Record>, (usize, String)> {
    let mut records = Vec::new();
    let (mut fields, mut field) = (Vec::new(), String::new());
    let (mut line, mut start_line) = (1, 1);
    let (mut quoted, mut was_quoted) = (false, false);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => {
                if c == '\n' {
                    line += 1;
                }
                field.push(c);
            }
            (false, '"') if field.is_empty() && !was_quoted => (quoted, was_quoted) = (true, true),
            (false, '"') => return Err((line, "stray quote".into())),
            (false, ',') => {
                fields.push(std::mem::take(&mut field));
                was_quoted = false;
            }
            (false, '\r') if chars.peek() == Some(&'\n') => {}
            (false, '\n') => {
                fields.push(std::mem::take(&mut field));
                records.push((start_line, std::mem::take(&mut fields)));
                was_quoted = false;
                line += 1;
                start_line = line;
            }
            (false, c) if was_quoted => return Err((line, format!("{c:?} after a closing quote"))),
            (false, c) => field.push(c),
        }
    }
    if quoted {
        return Err((start_line, "unterminated quote".into()));
    }
    if !field.is_empty() || !fields.is_empty() {
        fields.push(field);
        records.push((start_line, fields));
    }
    Ok(records)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_and_line_numbers() {
        let records = parse_csv("a,b\r\n\"x, \"\"y\"\"\",\"two\nlines\"\nlast,row").unwrap();
        assert_eq!(records[0], (1, vec!["a".to_string(), "b".to_string()]));
        assert_eq!(
            records[1],
            (2, vec!["x, \"y\"".to_string(), "two\nlines".to_string()])
        );
        assert_eq!(records[2].0, 4);
        assert_eq!(
            parse_csv("a,\"b\nc").unwrap_err(),
            (1, "unterminated quote".to_string())
        );
        assert_eq!(
            parse_csv("a,b\"c\n").unwrap_err(),
            (1, "stray quote".to_string())
        );
    }
}
