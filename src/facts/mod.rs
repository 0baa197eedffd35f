//! Myth-busting facts from the SINTES Crack Observation survey: cards, rock estimator, quiz.
