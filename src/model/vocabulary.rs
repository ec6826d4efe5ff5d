//! The controlled vocabularies of the dataset: actor kinds, relation types, stances, statuses,
//! event roles and date precisions. Each term has its JSON spelling, a label for people and a
//! meaning (the README's schema section says the same). A term the code does not know parses
//! as `Unknown` so that validation can report it with its place instead of failing the parse.

use serde::{Deserialize, Serialize};

macro_rules! vocabulary {
    (
        $(#[$meta:meta])*
        $name:ident in $prefix:literal {
            $( $variant:ident = $json:literal, $label:literal, $meaning:literal; )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(from = "String", into = "String")]
        pub enum $name {
            $( $variant, )+
            /// A term outside the vocabulary, kept as written so it can be reported.
            Unknown(String),
        }

        impl $name {
            /// Every known term, in the order the README documents them.
            pub const ALL: &'static [$name] = &[$( $name::$variant, )+];

            /// The JSON spelling.
            pub fn as_str(&self) -> &str {
                match self {
                    $( $name::$variant => $json, )+
                    $name::Unknown(other) => other,
                }
            }

            /// A short label for people, in the interface's language (`{prefix}.{json}` in
            /// the catalogue; the English label is written here).
            pub fn label(&self) -> &str {
                match self {
                    $( $name::$variant => $crate::i18n::try_lookup(concat!($prefix, ".", $json)).unwrap_or($label), )+
                    $name::Unknown(other) => other,
                }
            }

            /// What the term means, in the interface's language (`{prefix}.{json}.meaning`).
            pub fn meaning(&self) -> &'static str {
                match self {
                    $( $name::$variant => $crate::i18n::try_lookup(concat!($prefix, ".", $json, ".meaning")).unwrap_or($meaning), )+
                    $name::Unknown(_) => $crate::tr!("vocabulary.unknown"),
                }
            }

            /// The catalogue keys of every known term's label and meaning (a translation must
            /// give them all).
            pub fn catalogue_keys() -> Vec<&'static str> {
                vec![$( concat!($prefix, ".", $json), concat!($prefix, ".", $json, ".meaning"), )+]
            }

            pub fn is_known(&self) -> bool {
                !matches!(self, $name::Unknown(_))
            }

            /// Parses a JSON spelling; `None` for an unknown term.
            pub fn parse(text: &str) -> Option<$name> {
                match $name::from(text.to_string()) {
                    $name::Unknown(_) => None,
                    known => Some(known),
                }
            }
        }

        impl From<String> for $name {
            fn from(text: String) -> $name {
                match text.as_str() {
                    $( $json => $name::$variant, )+
                    _ => $name::Unknown(text),
                }
            }
        }

        impl From<$name> for String {
            fn from(term: $name) -> String {
                term.as_str().to_string()
            }
        }
    };
}

vocabulary! {
    /// What an actor is.
    ActorKind in "kind" {
        State = "state", "State", "A sovereign state, or a government standing for it.";
        Alliance = "alliance", "Alliance", "A standing military or political alliance or pact of states.";
        InternationalBody = "international-body", "International body", "An international organisation, one of its organs, or a shared international system.";
        GovernmentBody = "government-body", "Government body", "A part of one state's government or armed forces.";
        Group = "group", "Group of states", "An informal grouping of states, such as the West.";
        SeparatistEntity = "separatist-entity", "Separatist entity", "A self-proclaimed republic not widely recognised.";
        ArmedGroup = "armed-group", "Armed group", "A non-state armed group, militia or mercenary force.";
        Company = "company", "Companies", "A company, or the companies of one industry taken together.";
        Media = "media", "Media", "A news organisation, or a country's media taken together.";
        Person = "person", "Person", "A named person.";
        Treaty = "treaty", "Treaty", "A treaty or agreement that actors join or keep to.";
        Initiative = "initiative", "Initiative", "A state-led international programme.";
    }
}

vocabulary! {
    /// What a relation says one actor does to or with another.
    RelationType in "type" {
        SuppliesArms = "supplies-arms", "supplies arms to", "Sends weapons or munitions to a party for its military use.";
        ExportsArms = "exports-arms", "exports arms to", "Sells weapons or munitions under a commercial contract.";
        SuppliesGoods = "supplies-goods", "supplies goods to", "Provides non-weapon goods (uniforms, fuel, food, equipment).";
        SuppliesLabour = "supplies-labour", "supplies labour to", "Sends workers to work for or in the target.";
        GivesAid = "gives-aid", "gives aid to", "Provides non-lethal, humanitarian or economic aid.";
        Trades = "trades", "trades with", "Carries on trade with the target.";
        Invests = "invests", "invests in", "Puts capital into the target's economy or project.";
        Sanctions = "sanctions", "sanctions", "Imposes sanctions, export bans or financial restrictions on the target.";
        DesignatesUnfriendly = "designates-unfriendly", "lists as unfriendly", "Puts the target on a list of unfriendly or hostile states.";
        VotesFor = "votes-for", "votes with", "Votes on the target's side of an international vote.";
        VotesAgainst = "votes-against", "votes against", "Votes against the target's side of an international vote.";
        VetoesFor = "vetoes-for", "vetoes in favour of", "Uses a veto to shield the target from a resolution.";
        Recognises = "recognises", "recognises", "Formally recognises the target as a state.";
        Annexes = "annexes", "annexes", "Declares the target's territory part of its own.";
        Invades = "invades", "invades", "Makes war on the target's territory.";
        Threatens = "threatens", "threatens", "Tests, fires or aims weapons at the target, or otherwise menaces it.";
        Accuses = "accuses", "accuses", "Publicly charges the target with wrongdoing.";
        Denies = "denies", "rebuts", "Rejects the target's accusation.";
        Condemns = "condemns", "condemns", "Publicly condemns the target.";
        Supports = "supports", "supports", "Takes the target's side or helps it, in statements, diplomacy or ways the text leaves open.";
        SupportsIndirectly = "supports-indirectly", "supports indirectly", "Helps the target through third parties, e.g. arms sales that let others keep arming it.";
        AlignsWith = "aligns-with", "aligns with", "Draws closer to the target diplomatically or economically, without a formal alliance.";
        AlliesWith = "allies-with", "allies with", "Is in a formal alliance, pact or strategic partnership with the target.";
        ExercisesWith = "exercises-with", "holds exercises with", "Holds joint military exercises with the target.";
        StationsTroops = "stations-troops", "stations troops in", "Keeps its forces on the target's territory.";
        ContributesForces = "contributes-forces", "contributes forces to", "Puts troops under a coalition or operation.";
        Requests = "requests", "asks for help from", "Asks the target for arms or aid.";
        Pressures = "pressures", "presses", "Pushes the target to act.";
        Cautions = "cautions", "cautions", "Warns the target against a course of action while keeping ties.";
        KeepsTo = "keeps-to", "keeps to", "Abides by a treaty or regime.";
        Opposes = "opposes", "opposes", "Stands against the target in a rivalry or conflict.";
        Leads = "leads", "leads", "Heads the target state, body or programme.";
        PartOf = "part-of", "is part of", "Belongs to, is based in or is a member of the target.";
    }
}

vocabulary! {
    /// Which way a relation pulls the two actors.
    Stance in "stance" {
        Cooperative = "cooperative", "cooperative", "The relation helps the target or binds the two together.";
        Hostile = "hostile", "hostile", "The relation harms, blames or opposes the target.";
        Mixed = "mixed", "mixed", "The relation helps and hinders, or keeps a distance.";
    }
}

vocabulary! {
    /// How sure the article is of a claim, following its own hedging.
    Status in "status" {
        Confirmed = "confirmed", "confirmed", "Stated by the article as fact, or acknowledged by the actor itself.";
        Reported = "reported", "reported", "Attributed by the article to reports, media or officials, without its own confirmation.";
        Alleged = "alleged", "alleged", "Said by the article to be alleged or claimed by others.";
        Denied = "denied", "denied", "Alleged by others and denied by the actor concerned.";
        Planned = "planned", "planned", "Announced, contracted or scheduled, not yet carried out when the article was written.";
        Speculated = "speculated", "speculated", "A possibility the article or others speculate about.";
    }
}

vocabulary! {
    /// The part an actor plays in an event.
    Role in "role" {
        Agent = "agent", "agent", "Does or says what the event is about.";
        Target = "target", "target", "Is acted upon.";
        Partner = "partner", "partner", "Takes part jointly with the agent.";
        Beneficiary = "beneficiary", "beneficiary", "Gains from the event without taking part.";
        Venue = "venue", "venue", "The body, forum, agreement or system through which the event happens.";
    }
}

vocabulary! {
    /// How precise a date is.
    Precision in "precision" {
        Day = "day", "day", "The day is known: YYYY-MM-DD.";
        Month = "month", "month", "The month is known: YYYY-MM.";
        Season = "season", "season", "A season of three months starting at the month given: YYYY-MM.";
        Year = "year", "year", "Only the year is known: YYYY.";
    }
}

impl RelationType {
    /// How a relation of this type reads as a sentence, as the words around its two names:
    /// `[before, between, after]` in `before + from + between + to + after`. In English from
    /// the table below (`(verb, after)`: "Russia lists South Korea as unfriendly"); in another
    /// language from its catalogue's `type.{json}.sentence`, with `{from}` before `{to}` and
    /// the particles that fit the names ("러시아가 한국을 비우호국으로 지정한다"). An unknown
    /// type reads as its JSON spelling. [`crate::model::relation_sentence`] builds the whole
    /// sentence; a view that links the two names uses the pieces.
    pub fn sentence_pieces(&self, from: &str, to: &str) -> [String; 3] {
        if let (true, Some(key)) = (
            crate::i18n::lang() != crate::i18n::Lang::En,
            self.is_known()
                .then(|| format!("type.{}.sentence", self.as_str())),
        ) {
            if let Some(template) = crate::i18n::current().get(&key) {
                let pieces = crate::i18n::pieces(template, &[("from", from), ("to", to)]);
                if let [before, between, after] = &pieces[..] {
                    return [before.clone(), between.clone(), after.clone()];
                }
            }
        }
        let (verb, after) = self.english_sentence_parts();
        [String::new(), format!(" {verb} "), after.to_string()]
    }

    /// The catalogue keys of every known type's sentence.
    pub fn sentence_keys() -> Vec<String> {
        RelationType::ALL
            .iter()
            .map(|t| format!("type.{}.sentence", t.as_str()))
            .collect()
    }

    /// The English sentence as `(verb, after)` around the object: "{from} {verb} {to}{after}".
    fn english_sentence_parts(&self) -> (&str, &'static str) {
        use RelationType::*;
        match self {
            SuppliesArms => ("supplies arms to", ""),
            ExportsArms => ("exports arms to", ""),
            SuppliesGoods => ("supplies goods to", ""),
            SuppliesLabour => ("sends workers to", ""),
            GivesAid => ("gives aid to", ""),
            Trades => ("trades with", ""),
            Invests => ("invests in", ""),
            Sanctions => ("imposes sanctions on", ""),
            DesignatesUnfriendly => ("lists", " as unfriendly"),
            VotesFor => ("votes with", ""),
            VotesAgainst => ("votes against", ""),
            VetoesFor => ("vetoes resolutions against", ""),
            Recognises => ("recognises", ""),
            Annexes => ("annexes", ""),
            Invades => ("invades", ""),
            Threatens => ("threatens", ""),
            Accuses => ("accuses", ""),
            Denies => ("rebuts", ""),
            Condemns => ("condemns", ""),
            Supports => ("supports", ""),
            SupportsIndirectly => ("indirectly supports", ""),
            AlignsWith => ("aligns with", ""),
            AlliesWith => ("is allied with", ""),
            ExercisesWith => ("holds military exercises with", ""),
            StationsTroops => ("stations troops in", ""),
            ContributesForces => ("contributes forces to", ""),
            Requests => ("asks", " for help"),
            Pressures => ("puts pressure on", ""),
            Cautions => ("cautions", ""),
            KeepsTo => ("keeps to", ""),
            Opposes => ("opposes", ""),
            Leads => ("leads", ""),
            PartOf => ("is part of", ""),
            Unknown(other) => (other.as_str(), ""),
        }
    }

    /// The stance this type of relation usually has; a relation may say otherwise.
    pub fn usual_stance(&self) -> Stance {
        use RelationType::*;
        match self {
            Sanctions | DesignatesUnfriendly | VotesAgainst | Invades | Threatens | Accuses
            | Denies | Condemns | Opposes => Stance::Hostile,
            Pressures | Cautions => Stance::Mixed,
            _ => Stance::Cooperative,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_round_trip() {
        for kind in ActorKind::ALL {
            assert_eq!(ActorKind::parse(kind.as_str()).as_ref(), Some(kind));
        }
        for term in RelationType::ALL {
            assert_eq!(RelationType::from(term.as_str().to_string()), *term);
        }
        assert_eq!(Status::parse("rumoured"), None);
        let unknown: Stance = serde_json::from_str("\"friendly\"").unwrap();
        assert_eq!(unknown, Stance::Unknown("friendly".into()));
        assert_eq!(
            serde_json::to_string(&Stance::Hostile).unwrap(),
            "\"hostile\""
        );
    }
}
