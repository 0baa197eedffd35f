//! The entry editor's fields, as typed, and the `Entry` they make: every detail may stay
//! unsaid (an empty field, or "" chosen), and what is typed is checked here, so that the
//! screen only shows the fields and the error.

use super::calendar::{LocalTime, TimeZone};
use super::entry::{Amount, Company, Entry, Invalid, Route};
use crate::lang::Lang;
use crate::number::{euro_number, parse_euros};

/// How far ahead of now a use may be dated: two clocks may disagree a little; further
/// ahead is a typing slip.
pub const MAX_AHEAD_MS: i64 = 60_000;

/// Why the fields make no entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DraftError {
    /// The date or the time is missing or incomplete.
    IncompleteTime,
    /// Later than [`MAX_AHEAD_MS`] from now.
    Future,
    Invalid(Invalid),
}

/// A detail chosen in a `<select>`, and the value its `<option>` carries ("" is "not said").
pub trait Choice: Copy + PartialEq + Sized + 'static {
    const CODES: &'static [(Self, &'static str)];

    fn code(self) -> &'static str {
        Self::CODES
            .iter()
            .find(|(value, _)| *value == self)
            .map_or("", |(_, code)| code)
    }

    fn from_code(code: &str) -> Option<Self> {
        Self::CODES
            .iter()
            .find(|(_, known)| *known == code)
            .map(|(value, _)| *value)
    }
}

fn code_of<T: Choice>(value: Option<T>) -> String {
    value.map_or("", T::code).to_string()
}

impl Choice for Route {
    const CODES: &'static [(Route, &'static str)] = &[
        (Route::Smoked, "smoked"),
        (Route::Inhaled, "inhaled"),
        (Route::Injected, "injected"),
        (Route::Other, "other"),
    ];
}

impl Choice for Company {
    const CODES: &'static [(Company, &'static str)] =
        &[(Company::Alone, "alone"), (Company::WithOthers, "others")];
}

/// A yes-or-no question.
impl Choice for bool {
    const CODES: &'static [(bool, &'static str)] = &[(true, "yes"), (false, "no")];
}

/// What the amount counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Rocks,
    Milligrams,
}

impl Choice for Unit {
    const CODES: &'static [(Unit, &'static str)] =
        &[(Unit::Rocks, "rocks"), (Unit::Milligrams, "mg")];
}

/// The instant a date and a time field hold, if complete and not ahead of `now_ms`.
pub fn typed_instant(
    date: &str,
    time: &str,
    now_ms: i64,
    zone: &impl TimeZone,
) -> Result<i64, DraftError> {
    let local = LocalTime::from_inputs(date, time).ok_or(DraftError::IncompleteTime)?;
    let at_ms = zone.utc_ms(local);
    if at_ms > now_ms + MAX_AHEAD_MS {
        return Err(DraftError::Future);
    }
    Ok(at_ms)
}

/// The editor's fields, as typed or chosen.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EntryDraft {
    /// `YYYY-MM-DD`, on the device's clock.
    pub date: String,
    /// `HH:MM`.
    pub time: String,
    pub amount: String,
    pub unit: String,
    /// Euros, with a comma or a point.
    pub spent: String,
    pub route: String,
    pub company: String,
    pub shared_pipe: String,
    pub burns_or_cuts: String,
    pub slept: String,
    pub ate: String,
    /// "" or 0 to 10.
    pub craving: String,
    pub note: String,
}

impl EntryDraft {
    /// The fields showing `entry`, at `local` (its time on the device's clock); euros
    /// are written as `lang` writes them.
    pub fn of(entry: &Entry, local: LocalTime, lang: Lang) -> EntryDraft {
        let (date, time) = local.input_values();
        let (amount, unit) = match entry.amount {
            Some(Amount::Rocks(n)) => (n.to_string(), Unit::Rocks),
            Some(Amount::Milligrams(n)) => (n.to_string(), Unit::Milligrams),
            None => (String::new(), Unit::Rocks),
        };
        EntryDraft {
            date,
            time,
            amount,
            unit: unit.code().to_string(),
            spent: entry
                .spent_cents
                .map(|cents| euro_number(u64::from(cents), lang))
                .unwrap_or_default(),
            route: code_of(entry.route),
            company: code_of(entry.company),
            shared_pipe: code_of(entry.shared_pipe),
            burns_or_cuts: code_of(entry.burns_or_cuts),
            slept: code_of(entry.slept),
            ate: code_of(entry.ate),
            craving: entry.craving.map(|c| c.to_string()).unwrap_or_default(),
            note: entry.note.clone().unwrap_or_default(),
        }
    }

    /// `base` (the entry being edited: its id stays) with the details typed; the UTC
    /// offset is `zone`'s at the time typed.
    pub fn to_entry(
        &self,
        base: &Entry,
        now_ms: i64,
        zone: &impl TimeZone,
    ) -> Result<Entry, DraftError> {
        let at_ms = typed_instant(&self.date, &self.time, now_ms, zone)?;
        let amount = match self.amount.trim() {
            "" => None,
            typed => {
                let n: u32 = typed
                    .parse()
                    .map_err(|_| DraftError::Invalid(Invalid::Amount))?;
                Some(match Unit::from_code(&self.unit) {
                    Some(Unit::Milligrams) => Amount::Milligrams(n),
                    _ => Amount::Rocks(
                        u16::try_from(n).map_err(|_| DraftError::Invalid(Invalid::Amount))?,
                    ),
                })
            }
        };
        let spent_cents = match self.spent.trim() {
            "" => None,
            typed => Some(parse_euros(typed).ok_or(DraftError::Invalid(Invalid::Spent))?),
        };
        let note = self.note.trim();
        let entry = Entry {
            id: base.id,
            at_ms,
            offset_min: zone.offset_at(at_ms),
            amount,
            spent_cents,
            route: Route::from_code(&self.route),
            company: Company::from_code(&self.company),
            shared_pipe: bool::from_code(&self.shared_pipe),
            burns_or_cuts: bool::from_code(&self.burns_or_cuts),
            craving: self.craving.parse().ok(),
            slept: bool::from_code(&self.slept),
            ate: bool::from_code(&self.ate),
            note: (!note.is_empty()).then(|| note.to_string()),
        };
        entry.validate().map_err(DraftError::Invalid)?;
        Ok(entry)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diary::calendar::FixedOffset;
    use crate::diary::entry::{EntryId, MAX_NOTE_CHARS};

    const PARIS: FixedOffset = FixedOffset(120);
    /// 2024-06-03 22:15 in Paris (UTC+2).
    const EVENING_MS: i64 = 1_717_445_700_000;

    fn base() -> Entry {
        Entry::new(EntryId::new(EVENING_MS, 7).unwrap(), EVENING_MS, 120).unwrap()
    }

    fn local(date: &str, time: &str) -> LocalTime {
        LocalTime::from_inputs(date, time).unwrap()
    }

    fn draft(edit: impl FnOnce(&mut EntryDraft)) -> EntryDraft {
        let mut draft = EntryDraft::of(&base(), local("2024-06-03", "22:15"), Lang::Fr);
        edit(&mut draft);
        draft
    }

    #[test]
    fn a_bare_entry_makes_empty_fields_and_back() {
        let draft = draft(|_| {});
        assert_eq!(
            draft,
            EntryDraft {
                date: "2024-06-03".into(),
                time: "22:15".into(),
                unit: "rocks".into(),
                ..EntryDraft::default()
            }
        );
        assert_eq!(draft.to_entry(&base(), EVENING_MS, &PARIS), Ok(base()));
    }

    #[test]
    fn every_detail_round_trips() {
        let mut full = base();
        full.amount = Some(Amount::Milligrams(250));
        full.spent_cents = Some(1250);
        full.route = Some(Route::Injected);
        full.company = Some(Company::WithOthers);
        full.shared_pipe = Some(false);
        full.burns_or_cuts = Some(true);
        full.craving = Some(0);
        full.slept = Some(true);
        full.ate = Some(false);
        full.note = Some("chez A.".into());
        let draft = EntryDraft::of(&full, local("2024-06-03", "22:15"), Lang::En);
        assert_eq!(
            (
                draft.amount.as_str(),
                draft.unit.as_str(),
                draft.spent.as_str()
            ),
            ("250", "mg", "12.50")
        );
        assert_eq!(
            (draft.route.as_str(), draft.company.as_str()),
            ("injected", "others")
        );
        assert_eq!(
            (
                draft.shared_pipe.as_str(),
                draft.burns_or_cuts.as_str(),
                draft.craving.as_str()
            ),
            ("no", "yes", "0")
        );
        assert_eq!(draft.to_entry(&base(), EVENING_MS, &PARIS), Ok(full));
        // French writes the euros with a comma, and reads them back.
        let french = EntryDraft::of(&base(), local("2024-06-03", "22:15"), Lang::Fr);
        assert_eq!(
            EntryDraft {
                spent: "12,50".into(),
                ..french
            }
            .to_entry(&base(), EVENING_MS, &PARIS)
            .unwrap()
            .spent_cents,
            Some(1250)
        );
    }

    #[test]
    fn what_is_typed_is_trimmed_and_a_blank_note_is_no_note() {
        let entry = draft(|d| {
            d.amount = " 2 ".into();
            d.note = "  \n ".into();
        })
        .to_entry(&base(), EVENING_MS, &PARIS)
        .unwrap();
        assert_eq!((entry.amount, entry.note), (Some(Amount::Rocks(2)), None));
        let note = draft(|d| d.note = "  tired  ".into());
        assert_eq!(
            note.to_entry(&base(), EVENING_MS, &PARIS)
                .unwrap()
                .note
                .as_deref(),
            Some("tired")
        );
    }

    #[test]
    fn the_time_typed_moves_the_entry_and_its_offset() {
        let entry = draft(|d| (d.date, d.time) = ("2024-06-01".into(), "08:05".into()))
            .to_entry(&base(), EVENING_MS, &FixedOffset(60))
            .unwrap();
        assert_eq!(entry.id, base().id);
        assert_eq!(entry.at_ms, 1_717_225_500_000);
        assert_eq!(entry.offset_min, 60);
    }

    #[test]
    fn a_minute_ahead_is_allowed_more_is_not() {
        let now = EVENING_MS;
        let ahead = |time: &str| typed_instant("2024-06-03", time, now, &PARIS);
        assert_eq!(ahead("22:16"), Ok(now + MAX_AHEAD_MS));
        assert_eq!(ahead("22:17"), Err(DraftError::Future));
        assert_eq!(
            typed_instant("2024-06-03", "", now, &PARIS),
            Err(DraftError::IncompleteTime)
        );
        assert_eq!(
            draft(|d| d.date = "2024-06-04".into()).to_entry(&base(), now, &PARIS),
            Err(DraftError::Future)
        );
    }

    #[test]
    fn wrong_details_name_their_field() {
        let error = |edit: fn(&mut EntryDraft)| draft(edit).to_entry(&base(), EVENING_MS, &PARIS);
        let invalid = |problem| Err(DraftError::Invalid(problem));
        assert_eq!(error(|d| d.amount = "two".into()), invalid(Invalid::Amount));
        assert_eq!(error(|d| d.amount = "-2".into()), invalid(Invalid::Amount));
        // Rocks are counted in u16, milligrams in u32: 70,000 rocks is a slip.
        assert_eq!(
            error(|d| d.amount = "70000".into()),
            invalid(Invalid::Amount)
        );
        assert_eq!(error(|d| d.amount = "101".into()), invalid(Invalid::Amount));
        assert_eq!(error(|d| d.spent = "1e3".into()), invalid(Invalid::Spent));
        assert_eq!(
            error(|d| d.spent = "1000,01".into()),
            invalid(Invalid::Spent)
        );
        assert_eq!(
            error(|d| d.craving = "11".into()),
            invalid(Invalid::Craving)
        );
        assert_eq!(
            error(|d| d.note = "é".repeat(MAX_NOTE_CHARS + 1)),
            invalid(Invalid::NoteTooLong)
        );
        let mg = draft(|d| (d.amount, d.unit) = ("10000".into(), "mg".into()));
        assert_eq!(
            mg.to_entry(&base(), EVENING_MS, &PARIS).unwrap().amount,
            Some(Amount::Milligrams(10_000))
        );
    }

    #[test]
    fn unknown_choices_are_not_said() {
        let entry = draft(|d| {
            d.route = "with_others".into();
            d.company = "with_others".into();
            d.slept = "maybe".into();
        })
        .to_entry(&base(), EVENING_MS, &PARIS)
        .unwrap();
        assert_eq!(
            (entry.route, entry.company, entry.slept),
            (None, None, None)
        );
        for route in [Route::Smoked, Route::Inhaled, Route::Injected, Route::Other] {
            assert_eq!(Route::from_code(route.code()), Some(route));
        }
    }
}
