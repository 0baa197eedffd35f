//! The "What to do" guide (`/help/{lang}.html`): its sections, the Fluent messages each
//! one shows (`locales/*/help.ftl`), and the public sources each one rests on.
//!
//! The guide is a static page per language, written at build time by
//! `src/bin/static-pages` so that it opens before, and without, the wasm. The app itself
//! only links to it and lists [`SOURCES`] on the About screen; the guide's texts never
//! reach the wasm.

/// The day every source below was read.
pub const SOURCES_READ_ON: &str = "2026-12-01";

/// A public page a part of the guide rests on. The guide words everything in its own
/// short sentences; no text is copied.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Source {
    pub id: &'static str,
    pub publisher: &'static str,
    /// As published, in the language of the page ([`Source::lang`]).
    pub title: &'static str,
    pub url: &'static str,
    pub lang: &'static str,
    /// Where we read it, when that was a faithful copy rather than the page itself.
    pub read_at: Option<&'static str>,
}

const fn source(
    id: &'static str,
    publisher: &'static str,
    title: &'static str,
    url: &'static str,
    lang: &'static str,
) -> Source {
    Source {
        id,
        publisher,
        title,
        url,
        lang,
        read_at: None,
    }
}

const fn copy_of(
    id: &'static str,
    publisher: &'static str,
    title: &'static str,
    url: &'static str,
    lang: &'static str,
    read_at: &'static str,
) -> Source {
    Source {
        id,
        publisher,
        title,
        url,
        lang,
        read_at: Some(read_at),
    }
}

/// Every source of the guide, in the order the guide first cites them.
pub const SOURCES: [Source; 30] = [
    copy_of(
        "ansm-cocaine",
        "ANSM (Agence nationale de sécurité du médicament)",
        "Cocaïne : les symptômes d'une intoxication (rappel de l'ANSM aux urgences, 2017)",
        "http://psychomedia.qc.ca/sante/2017-08-12/cocaine-symptomes-intoxication",
        "fr",
        "Psychomédia, 12 August 2017, which reports the ANSM's list",
    ),
    copy_of(
        "service-public-15",
        "Service-Public.fr (DILA)",
        "Numéros d'urgence : le 15, le 17, le 18, le 112",
        "https://montpellier-infos.fr/index.php/bons-plans/bon-a-savoir/37442-hgjk",
        "fr",
        "montpellier-infos.fr, which reprints the Service-Public.fr article",
    ),
    source(
        "ars-avc",
        "ARS La Réunion",
        "Accident vasculaire cérébral : agir vite, c'est important",
        "https://lareunion.ars.sante.fr/accident-vasculaire-cerebral-agir-vite-cest-important",
        "fr",
    ),
    copy_of(
        "sante-canicule",
        "Ministère chargé de la santé",
        "Canicule : comment reconnaître un coup de chaleur et quand s'inquiéter ?",
        "https://fr.news.yahoo.com/canicule-comment-reconnaitre-coup-de-chaleur-et-quand-inquieter-095917803.html",
        "fr",
        "Yahoo Actualités, which quotes the ministry's advice",
    ),
    source(
        "asud-chaleur",
        "ASUD",
        "Overdoses : quand la cocaïne tue plus que l'héroïne (J. Kempfer, 2013)",
        "http://www.asud.org/2013/01/23/overdoses-quand-la-cocaine-tue-plus-que-lheroine/",
        "fr",
    ),
    source(
        "sdis22-alerte",
        "SDIS des Côtes-d'Armor (sapeurs-pompiers)",
        "Donner l'alerte",
        "https://www.sdis22.fr/conseils-et-prevention/donner-lalerte/",
        "fr",
    ),
    source(
        "dis-intoxications",
        "Drogues Info Service",
        "Cocaïne : les intoxications sont en forte augmentation",
        "https://drogues-info-service.fr/Actualites/Cocaine-les-intoxications-sont-en-forte-augmentation",
        "fr",
    ),
    source(
        "sovdevi-alerte",
        "Sovdevi Formations (formation PSC1)",
        "Alerte",
        "https://sovdevi-formations.fr/alerte",
        "fr",
    ),
    source(
        "infosuicide-alerte",
        "Infosuicide.org",
        "Le message d'alerte",
        "http://www.infosuicide.org/guide/lappel-s-o-s/le-message-dalerte/",
        "fr",
    ),
    source(
        "psychoactif-complications",
        "Psychoactif",
        "Complications aiguës de l'usage de cocaïne (d'après le guide de la DGS sur la cocaïne basée)",
        "https://www.psychoactif.org/psychowiki/index.php?title=Complications_aigu%C3%ABs_de_l%27usage_de_coca%C3%AFne",
        "fr",
    ),
    copy_of(
        "epilepsie-france",
        "Épilepsie-France",
        "Comment réagir face à une crise d'épilepsie",
        "https://pourquoidocteur.fr/Articles/Question-d-actu/37261-Comment-reagir-face-crise-d-epilepsie/amp",
        "fr",
        "Pourquoi Docteur, which reports Épilepsie-France's advice",
    ),
    source(
        "prenoxad-pls",
        "Prenoxad (d'après le référentiel PSC1)",
        "La Position Latérale de Sécurité (PLS)",
        "https://www.prenoxad.fr/recovery.html",
        "fr",
    ),
    source(
        "rtbf-inconscient",
        "RTBF",
        "Coma éthylique : quels sont les bons gestes à adopter pour éviter le drame ?",
        "https://www.rtbf.be/article/coma-ethylique-quels-sont-les-bons-gestes-a-adopter-pour-eviter-le-drame-10919344",
        "fr",
    ),
    copy_of(
        "alcohol-academy-cocaethylene",
        "Alcohol Academy",
        "Cocaethylene: Responding to combined alcohol and cocaine use (briefing paper 004, April 2010)",
        "https://docslib.org/doc/7111903/cocaethylene-responding-to-combined-alcohol-and-cocaine-use",
        "en",
        "docslib.org, which hosts the briefing paper",
    ),
    source(
        "withyou-crack",
        "With You",
        "Crack cocaine",
        "https://wearewithyou.org.uk/substance-information-library/crack-cocaine",
        "en",
    ),
    source(
        "unodc-opioid-overdose",
        "UNODC and WHO (S-O-S initiative)",
        "Opioid overdose",
        "https://syntheticdrugs.unodc.org/syntheticdrugs/en/treatment/opioidoverdose/index.html",
        "en",
    ),
    copy_of(
        "who-opioid-overdose",
        "World Health Organization",
        "Opioid overdose (fact sheet, 29 August 2023)",
        "https://www.who.int/news-room/fact-sheets/detail/opioid-overdose",
        "en",
        "wascop.com/opioid-epidemic, which reprints the fact sheet",
    ),
    source(
        "mixtures-cocaine",
        "Mixtures.info",
        "Cocaïne : mélanges (cocaïne et opiacés)",
        "https://mixtures.info/en/substance/cocaine/",
        "fr",
    ),
    source(
        "ofdt-naloxone",
        "OFDT",
        "Glossaire : naloxone",
        "https://ofdt.fr/glossaire/naloxone",
        "fr",
    ),
    source(
        "ordre-naloxone",
        "Ordre national des pharmaciens (message de la DGS)",
        "Renforcement de l'accès à la naloxone pour les usagers à risque de surdose d'opioïdes et leur entourage",
        "https://www.ordre.pharmacien.fr/Communications/Les-actualites/Renforcement-de-l-acces-a-la-naloxone-pour-les-usagers-a-risque-de-surdose-d-opioides-et-leur-entourage",
        "fr",
    ),
    source(
        "idhdp-naloxone",
        "IDHDP (International Doctors for Healthier Drug Policies)",
        "Naloxone saving lives (K. Ratcliffe, 2014)",
        "https://old.idhdp.com/en/resources/news/naloxone-saving-lives.aspx",
        "en",
    ),
    source(
        "catie-safer-smoking",
        "CATIE",
        "Safer smoking information: Crack cocaine",
        "https://catie.ca/safer-smoking-information-crack-cocaine",
        "en",
    ),
    source(
        "catie-hepatite-c",
        "CATIE",
        "Hépatite C : un guide détaillé. Fumer du crack de façon plus sécuritaire",
        "http://www.catie.ca/fr/guides-pratiques/hepatitec-detaille/prevention-reduction-mefaits/fumer-crack-facon-plus-securitaire",
        "fr",
    ),
    source(
        "towardtheheart-screens",
        "BC Centre for Disease Control, Toward the Heart",
        "Crack Pipe Screens",
        "http://towardtheheart.com/product/crack-pipe-screens",
        "en",
    ),
    source(
        "keps-crack",
        "Keps",
        "Comment réduire les risques quand on consomme du crack ?",
        "https://kepsmag.fr/articles/drogues/comment-reduire-les-risques-quand-on-consomme-du-crack",
        "fr",
    ),
    source(
        "ofdt-crack-2021",
        "OFDT and Inserm",
        "Main results of the Crack study in the Ile-de-France region (survey results note no. 2021-03, January 2021)",
        "https://www.ofdt.fr/publications/collections/notes/synthese-des-principaux-resultats-de-letude-crack-en-ile-de-france/",
        "en",
    ),
    source(
        "dis-scopolamine",
        "Drogues Info Service",
        "Attention, de la cocaïne coupée par de la scopolamine circule actuellement en France",
        "http://www.drogues-info-service.fr/Actualites/Attention-de-la-cocaine-coupee-par-de-la-scopolamine-circule-actuellement-en-France",
        "fr",
    ),
    source(
        "refugies-115",
        "Refugies.info (Délégation interministérielle à l'accueil et à l'intégration des réfugiés)",
        "Avoir un hébergement d'urgence en appelant le 115",
        "https://refugies.info/fr/demarche/62503d59664c115fa5121c6a",
        "fr",
    ),
    source(
        "ars-3114",
        "ARS Mayotte",
        "« 3114 », le numéro national de prévention du suicide",
        "https://www.mayotte.ars.sante.fr/3114-le-numero-national-de-prevention-du-suicide",
        "fr",
    ),
    source(
        "fnsf-3919",
        "Fédération nationale Solidarité Femmes",
        "Appeler le 3919",
        "https://solidaritefemmes.org/appeler-le-3919/",
        "fr",
    ),
];

/// The source with this id. Panics on an unknown id: the guide's layout is fixed and
/// tested, so that can only be a typo in this file.
pub fn source_by_id(id: &str) -> &'static Source {
    SOURCES
        .iter()
        .find(|source| source.id == id)
        .unwrap_or_else(|| panic!("no guide source {id}"))
}

/// A phone number the guide offers as a `tel:` link.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Number {
    /// What the screen shows ("0800 23 13 13").
    pub shown: &'static str,
    /// The message that says what it is for.
    pub message: &'static str,
}

impl Number {
    pub fn href(&self) -> String {
        tel_href(self.shown)
    }
}

/// The `tel:` address of a number written for reading ("01 53 27 63 00"): the digits only.
pub fn tel_href(shown: &str) -> String {
    let digits: String = shown.chars().filter(char::is_ascii_digit).collect();
    format!("tel:{digits}")
}

/// The call button at the top of the guide.
pub const CALL_FIRST: Number = Number {
    shown: "15",
    message: "help-call",
};

/// Said right under the call button, because fear of the police stops people from
/// calling: the emergency services are bound by medical secrecy.
pub const CALL_NOTE: &str = "help-secrecy";
pub const CALL_NOTE_SOURCES: [&str; 1] = ["dis-intoxications"];

/// "More numbers", each with what it is for.
pub const MORE_NUMBERS: [Number; 5] = [
    Number {
        shown: "112",
        message: "help-number-112",
    },
    Number {
        shown: "115",
        message: "help-number-115",
    },
    Number {
        shown: "3114",
        message: "help-number-3114",
    },
    Number {
        shown: "3919",
        message: "help-number-3919",
    },
    Number {
        shown: "0800 23 13 13",
        message: "help-number-dis",
    },
];

/// One drawn line of the guide: a pictogram (by name, drawn by the page builder) and
/// the message it illustrates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Step {
    pub pictogram: &'static str,
    pub message: &'static str,
}

const fn step(pictogram: &'static str, message: &'static str) -> Step {
    Step { pictogram, message }
}

/// How a section lays out its steps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// Short lines, one sign each, each with its pictogram.
    Signs,
    /// Things to do, each readable aloud on its own.
    Steps,
    /// Numbered pictures: the recovery position.
    Numbered,
    /// `tel:` links with what each number is for.
    Numbers,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Section {
    /// The HTML id, for links such as `/help/fr.html#sources`.
    pub id: &'static str,
    pub title: &'static str,
    pub layout: Layout,
    pub steps: &'static [Step],
    /// Messages shown after the steps, as plain paragraphs.
    pub notes: &'static [&'static str],
    pub sources: &'static [&'static str],
}

/// The recovery position, in four numbered pictures, inside "while waiting".
pub const RECOVERY_POSITION: [Step; 4] = [
    step("pls-1", "help-pls-1"),
    step("pls-2", "help-pls-2"),
    step("pls-3", "help-pls-3"),
    step("pls-4", "help-pls-4"),
];

/// The guide after its call button, in reading order.
pub const SECTIONS: [Section; 6] = [
    Section {
        id: "call-now",
        title: "help-signs-title",
        layout: Layout::Signs,
        steps: &[
            step("chest", "help-sign-chest"),
            step("breath", "help-sign-breath"),
            step("seizure", "help-sign-seizure"),
            step("faint", "help-sign-faint"),
            step("heat", "help-sign-heat"),
            step("stroke", "help-sign-stroke"),
            step("panic", "help-sign-panic"),
        ],
        notes: &["help-signs-doubt"],
        sources: &[
            "ansm-cocaine",
            "service-public-15",
            "ars-avc",
            "sante-canicule",
            "asud-chaleur",
            "sdis22-alerte",
        ],
    },
    Section {
        id: "on-the-phone",
        title: "help-phone-title",
        layout: Layout::Steps,
        steps: &[
            step("where", "help-phone-where"),
            step("what", "help-phone-what"),
            step("since", "help-phone-since"),
        ],
        notes: &["help-phone-listen"],
        sources: &[
            "sdis22-alerte",
            "sovdevi-alerte",
            "infosuicide-alerte",
            "dis-intoxications",
        ],
    },
    Section {
        id: "while-waiting",
        title: "help-wait-title",
        layout: Layout::Steps,
        steps: &[
            step("stay", "help-wait-stay"),
            step("cool", "help-wait-cool"),
            step("protect-head", "help-wait-seizure"),
            step("side", "help-wait-recovery"),
            step("compressions", "help-wait-not-breathing"),
            step("no-drink", "help-wait-nothing"),
        ],
        notes: &[],
        sources: &[
            "psychoactif-complications",
            "sante-canicule",
            "epilepsie-france",
            "prenoxad-pls",
            "sovdevi-alerte",
            "rtbf-inconscient",
        ],
    },
    Section {
        id: "mixing",
        title: "help-mix-title",
        layout: Layout::Steps,
        steps: &[
            step("alcohol", "help-mix-alcohol"),
            step("downers", "help-mix-downers"),
            step("naloxone", "help-naloxone-what"),
            step("pharmacy", "help-naloxone-where"),
            step("call-after", "help-naloxone-then"),
        ],
        notes: &[],
        sources: &[
            "alcohol-academy-cocaethylene",
            "withyou-crack",
            "unodc-opioid-overdose",
            "who-opioid-overdose",
            "mixtures-cocaine",
            "ofdt-naloxone",
            "ordre-naloxone",
            "idhdp-naloxone",
        ],
    },
    Section {
        id: "safer-smoking",
        title: "help-smoke-title",
        layout: Layout::Steps,
        steps: &[
            step("own-pipe", "help-smoke-own"),
            step("filter", "help-smoke-filter"),
            step("lips", "help-smoke-lips"),
            step("care", "help-smoke-care"),
            step("bicarbonate", "help-smoke-base"),
            step("less", "help-smoke-pause"),
            step("together", "help-smoke-alone"),
        ],
        notes: &[],
        sources: &[
            "catie-safer-smoking",
            "catie-hepatite-c",
            "towardtheheart-screens",
            "withyou-crack",
            "keps-crack",
            "ofdt-crack-2021",
            "dis-intoxications",
            "dis-scopolamine",
        ],
    },
    Section {
        id: "more-numbers",
        title: "help-numbers-title",
        layout: Layout::Numbers,
        steps: &[],
        notes: &["help-numbers-languages"],
        sources: &[
            "service-public-15",
            "refugies-115",
            "ars-3114",
            "fnsf-3919",
            "dis-intoxications",
        ],
    },
];

/// The path of the guide in a language ("fr" gives `/help/fr.html`). A file name, not a
/// route: the service worker serves it from its precache as itself.
pub fn page_path(lang_code: &str) -> String {
    format!("/help/{lang_code}.html")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn every_section_cites_known_sources_and_every_source_is_cited() {
        let mut cited: BTreeSet<&str> = CALL_NOTE_SOURCES.into_iter().collect();
        for section in &SECTIONS {
            assert!(!section.sources.is_empty(), "{} cites nothing", section.id);
            for id in section.sources {
                source_by_id(id);
                cited.insert(*id);
            }
        }
        let all: BTreeSet<&str> = SOURCES.iter().map(|source| source.id).collect();
        assert_eq!(all.len(), SOURCES.len(), "duplicate source ids");
        assert_eq!(cited, all, "a source no section cites, or the reverse");
    }

    #[test]
    fn sources_are_public_pages_with_a_publisher() {
        for source in &SOURCES {
            assert!(
                source.url.starts_with("https://") || source.url.starts_with("http://"),
                "{}",
                source.id
            );
            assert!(!source.publisher.is_empty() && !source.title.is_empty());
            assert!(["fr", "en"].contains(&source.lang), "{}", source.id);
        }
    }

    #[test]
    fn numbers_dial_their_digits() {
        assert_eq!(CALL_FIRST.href(), "tel:15");
        let hrefs: Vec<String> = MORE_NUMBERS.iter().map(Number::href).collect();
        assert_eq!(
            hrefs,
            [
                "tel:112",
                "tel:115",
                "tel:3114",
                "tel:3919",
                "tel:0800231313"
            ]
        );
    }

    #[test]
    fn section_ids_pictograms_and_messages_are_unique() {
        let ids: BTreeSet<&str> = SECTIONS.iter().map(|section| section.id).collect();
        assert_eq!(ids.len(), SECTIONS.len());
        let steps: Vec<&Step> = SECTIONS
            .iter()
            .flat_map(|section| section.steps)
            .chain(&RECOVERY_POSITION)
            .collect();
        let pictograms: BTreeSet<&str> = steps.iter().map(|step| step.pictogram).collect();
        let messages: BTreeSet<&str> = steps.iter().map(|step| step.message).collect();
        assert_eq!(pictograms.len(), steps.len(), "a pictogram drawn twice");
        assert_eq!(messages.len(), steps.len(), "a message shown twice");
    }

    #[test]
    fn the_guide_has_a_page_per_language() {
        assert_eq!(page_path("wo"), "/help/wo.html");
    }
}
