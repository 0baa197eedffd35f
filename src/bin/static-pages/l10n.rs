//! The guide's texts in one language: `help.ftl`, plus the app's own `repere.ftl` for the
//! words the guide shares with every screen (brand, "leave", emergency numbers). Both are
//! compiled in, so a change to either rebuilds this program.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use repere::lang::Lang;

fn files(lang: Lang) -> [(&'static str, &'static str); 2] {
    macro_rules! ftl {
        ($code:literal) => {
            [
                (
                    concat!("locales/", $code, "/repere.ftl"),
                    include_str!(concat!("../../../locales/", $code, "/repere.ftl")),
                ),
                (
                    concat!("locales/", $code, "/help.ftl"),
                    include_str!(concat!("../../../locales/", $code, "/help.ftl")),
                ),
            ]
        };
    }
    match lang {
        Lang::Fr => ftl!("fr"),
        Lang::En => ftl!("en"),
        Lang::Ru => ftl!("ru"),
        Lang::Wo => ftl!("wo"),
    }
}

pub struct Texts {
    pub lang: Lang,
    bundle: FluentBundle<FluentResource>,
}

impl Texts {
    /// Every syntax error of both files, or a message defined in both, is an error.
    pub fn load(lang: Lang) -> Result<Texts, String> {
        let id = lang.code().parse().map_err(|e| format!("{lang:?}: {e}"))?;
        let mut bundle = FluentBundle::new(vec![id]);
        // No right-to-left text here; the isolation marks only show as boxes.
        bundle.set_use_isolating(false);
        for (path, source) in files(lang) {
            let resource = FluentResource::try_new(source.to_owned())
                .map_err(|(_, errors)| format!("{path} does not parse: {errors:?}"))?;
            bundle
                .add_resource(resource)
                .map_err(|errors| format!("{path}: {errors:?}"))?;
        }
        Ok(Texts { lang, bundle })
    }

    /// The message `id`, or an error naming it: missing, without a value, or referring
    /// to anything that does not resolve (a variable not given, another message).
    pub fn get(&self, id: &str) -> Result<String, String> {
        self.format(id, None)
    }

    pub fn get_with(&self, id: &str, args: &FluentArgs) -> Result<String, String> {
        self.format(id, Some(args))
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> Result<String, String> {
        let lang = self.lang.code();
        let message = self
            .bundle
            .get_message(id)
            .ok_or_else(|| format!("{lang}: no message {id}"))?;
        let pattern = message
            .value()
            .ok_or_else(|| format!("{lang}: {id} has no value"))?;
        let mut errors = vec![];
        let text = self.bundle.format_pattern(pattern, args, &mut errors);
        if errors.is_empty() {
            Ok(text.into_owned())
        } else {
            Err(format!("{lang}: {id}: {errors:?}"))
        }
    }
}
