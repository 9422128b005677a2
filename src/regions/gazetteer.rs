//! Loading `assets/regions.toml` and compiling every alias into one automaton.

use super::context::Cues;
use super::parts::{has_cyrillic, LazyPart, Part};
use serde::Deserialize;
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::sync::OnceLock;

/// The gazetteer shipped with sitrep, compiled into the binary.
const REGIONS_TOML: &str = include_str!("../../assets/regions.toml");

/// Its Ukrainian and Russian spellings, stems and endings.
const CYRILLIC_TOML: &str = include_str!("../../assets/regions_cyrillic.toml");

/// Characters that are dropped before matching, in the text and in the aliases alike,
/// so that "Khmel'nyts'kyy" matches "Khmelnytskyy" and "Kyiv’s" is "Kyiv" + possessive.
pub(crate) const APOSTROPHES: [char; 5] = ['\'', '\u{2019}', '\u{2018}', '\u{02bc}', '`'];

/// One filterable region: an oblast, Crimea, Kyiv, or a Russian region.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Region {
    /// ISO 3166-2 code, a stable id ("UA-63").
    pub id: String,
    /// Canonical short name shown to readers ("Kharkiv").
    pub name: String,
    /// ISO country code ("UA" or "RU").
    pub country: String,
    /// Other names of the region itself ("Kharkivska", "Kharkivshchyna").
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Cities, towns and landmarks in the region.
    #[serde(default)]
    pub places: Vec<Place>,
}

/// A city, town or landmark inside a region.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Place {
    /// Preferred spelling ("Kupiansk").
    pub name: String,
    /// Other spellings ("Kupyansk").
    #[serde(default)]
    pub aliases: Vec<String>,
    /// The name can stand for a government ("Kyiv said"); metonymy rules apply to it.
    #[serde(default)]
    pub capital: bool,
    /// The name is also a river ("across the Dnipro"); river mentions are not counted.
    #[serde(default)]
    pub river: bool,
}

/// A macro-region word that tags several regions ("Donbas" → Donetsk and Luhansk).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Group {
    /// The word as usually written ("Donbas"); also matched.
    pub name: String,
    /// Other spellings ("Donbass").
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Canonical names of the member regions.
    pub members: Vec<String>,
}

/// The shape of `assets/regions_cyrillic.toml`: spellings merged into the regions and groups of
/// `regions.toml` by name, and the endings a stem (a spelling ending in `*`) may take.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct CyrillicFile {
    #[serde(default)]
    inflection: Inflection,
    #[serde(default)]
    region: Vec<CyrillicRegion>,
    #[serde(default)]
    group: Vec<CyrillicGroup>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Inflection {
    endings: Vec<String>,
    #[serde(default)]
    derivations: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CyrillicRegion {
    name: String,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    places: Vec<Place>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CyrillicGroup {
    name: String,
    aliases: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct File {
    region: Vec<Region>,
    #[serde(default)]
    group: Vec<Group>,
    #[serde(default)]
    cues: Cues,
}

/// How the tagger treats a matched name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Always a place.
    Plain,
    /// A capital: may stand for its government.
    Capital,
    /// Also a river name.
    River,
}

/// What one automaton pattern stands for.
#[derive(Debug, Clone)]
pub(crate) struct Pattern {
    /// Indexes into [`Gazetteer::regions`]; two or more for a group.
    pub regions: Vec<usize>,
    pub kind: Kind,
}

/// Why a gazetteer could not be built.
#[derive(Debug)]
pub enum GazetteerError {
    /// The TOML did not parse or did not have the expected shape.
    Toml(toml::de::Error),
    /// A group names a region that does not exist.
    UnknownMember { group: String, member: String },
    /// One spelling is listed for two different regions.
    Ambiguous {
        alias: String,
        first: String,
        second: String,
    },
    /// The automaton could not be built.
    Automaton(aho_corasick::BuildError),
    /// The spellings file names a region or group that `regions.toml` does not have.
    UnknownRegion(String),
}

impl fmt::Display for GazetteerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            GazetteerError::Toml(e) => write!(f, "regions.toml: {e}"),
            GazetteerError::UnknownMember { group, member } => {
                write!(
                    f,
                    "regions.toml: group {group} names unknown region {member}"
                )
            }
            GazetteerError::Ambiguous {
                alias,
                first,
                second,
            } => write!(
                f,
                "regions.toml: \"{alias}\" is listed for both {first} and {second}; keep it in one"
            ),
            GazetteerError::Automaton(e) => write!(f, "regions.toml: {e}"),
            GazetteerError::UnknownRegion(name) => {
                write!(f, "regions_cyrillic.toml: no region or group named {name}")
            }
        }
    }
}

impl std::error::Error for GazetteerError {}

/// All regions and groups, with one compiled automaton over every alias.
#[derive(Debug)]
pub struct Gazetteer {
    regions: Vec<Region>,
    groups: Vec<Group>,
    /// The spellings without Cyrillic letters; `None` only for the empty fallback gazetteer.
    latin: Option<Part>,
    /// The spellings with Cyrillic letters (with their generated case forms, two thirds of all), compiled
    /// on first use: only a text with a Cyrillic letter needs them, and compiling them is most of the
    /// start-up time and memory of a run over English reports.
    cyrillic: LazyPart,
    patterns: Vec<Pattern>,
    cues: Cues,
    /// Stems (lowercase, apostrophes dropped) and the pattern each one is.
    stems: HashMap<String, usize>,
    /// Every ending a stem may take: the endings, and each derivation followed by an ending.
    endings: HashSet<String>,
}

/// The shipped gazetteer, parsed once. If the embedded file were broken this would be
/// empty (a unit test keeps that from shipping).
pub fn gazetteer() -> &'static Gazetteer {
    static GAZETTEER: OnceLock<Gazetteer> = OnceLock::new();
    GAZETTEER.get_or_init(|| {
        Gazetteer::from_tomls(REGIONS_TOML, CYRILLIC_TOML).unwrap_or_else(|_| Gazetteer::empty())
    })
}

/// `s` with apostrophes removed, the form both aliases and texts are matched in.
pub(crate) fn fold_apostrophes(s: &str) -> String {
    s.chars().filter(|c| !APOSTROPHES.contains(c)).collect()
}

impl Gazetteer {
    /// Parses a gazetteer in the `assets/regions.toml` shape and compiles its automaton.
    /// Fails on bad TOML, on a group member that is not a region, and on a spelling
    /// listed for two regions.
    pub fn from_toml(text: &str) -> Result<Gazetteer, GazetteerError> {
        Gazetteer::from_tomls(text, "")
    }

    /// Like [`Gazetteer::from_toml`], with the spellings of a file in the
    /// `assets/regions_cyrillic.toml` shape merged into its regions and groups. Fails also when that
    /// file names a region or group the first does not have.
    pub fn from_tomls(text: &str, cyrillic: &str) -> Result<Gazetteer, GazetteerError> {
        let mut file: File = toml::from_str(text).map_err(GazetteerError::Toml)?;
        let extra: CyrillicFile = toml::from_str(cyrillic).map_err(GazetteerError::Toml)?;
        let stems = merge(&mut file, &extra)?;
        let mut g = Gazetteer::build(file.region, file.group, file.cues, &stems)?;
        g.endings = endings(&extra.inflection);
        Ok(g)
    }

    fn empty() -> Gazetteer {
        Gazetteer {
            regions: Vec::new(),
            groups: Vec::new(),
            latin: None,
            cyrillic: LazyPart::default(),
            patterns: Vec::new(),
            cues: Cues::default(),
            stems: HashMap::new(),
            endings: HashSet::new(),
        }
    }

    fn build(
        regions: Vec<Region>,
        groups: Vec<Group>,
        mut cues: Cues,
        stem_spellings: &HashSet<String>,
    ) -> Result<Gazetteer, GazetteerError> {
        let index: HashMap<&str, usize> = regions
            .iter()
            .enumerate()
            .map(|(i, r)| (r.name.as_str(), i))
            .collect();
        let spellings = Spellings::of(&regions, &groups, &index, stem_spellings)?;
        let Spellings {
            texts,
            patterns,
            stems,
            ..
        } = spellings;
        let capitals: crate::doc::fasthash::WordSet = regions
            .iter()
            .flat_map(|r| &r.places)
            .filter(|p| p.capital)
            .flat_map(|p| std::iter::once(&p.name).chain(&p.aliases))
            .map(|a| fold_apostrophes(a).to_lowercase())
            .collect();
        cues.set_capitals(capitals);
        let (cyrillic, latin): (Vec<_>, Vec<_>) = texts
            .into_iter()
            .enumerate()
            .partition(|(_, t)| has_cyrillic(t));
        let latin = Part::build(latin).map_err(GazetteerError::Automaton)?;
        Ok(Gazetteer {
            regions,
            groups,
            latin: Some(latin),
            cyrillic: LazyPart {
                spellings: cyrillic,
                part: OnceLock::new(),
            },
            patterns,
            cues,
            stems,
            endings: HashSet::new(),
        })
    }

    /// Every region, in file order (Ukrainian oblasts alphabetically, then Russian regions).
    pub fn regions(&self) -> &[Region] {
        &self.regions
    }

    /// The macro-region words ("Donbas") and the regions each one tags.
    pub fn groups(&self) -> &[Group] {
        &self.groups
    }

    /// The region with this canonical name, if any.
    pub fn region(&self, name: &str) -> Option<&Region> {
        self.regions.iter().find(|r| r.name == name)
    }

    /// The regions one spelling names, ignoring case and apostrophes: "Kharkov" → [Kharkiv],
    /// "Donbass" → [Donetsk, Luhansk], anything else → []. For a picker's type-to-narrow.
    pub fn lookup(&self, spelling: &str) -> Vec<&Region> {
        let folded = fold_apostrophes(spelling.trim());
        if self.latin.is_none() {
            return Vec::new();
        }
        self.matches(&folded)
            .into_iter()
            .find(|(_, m)| m.start() == 0 && m.end() == folded.len())
            .map(|(id, _)| id)
            .or_else(|| self.inflected(&folded, 0, folded.len()))
            .and_then(|id| self.patterns.get(id))
            .map(|p| {
                p.regions
                    .iter()
                    .filter_map(|&i| self.regions.get(i))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// How many spellings the automaton matches (aliases plus generated hyphen-free and
    /// non-ASCII upper/lower case forms).
    pub fn pattern_count(&self) -> usize {
        self.patterns.len()
    }

    /// The pattern of a stem that, with one of its endings, makes up `text[start..end]` (a whole
    /// word run): the longest such stem. "Харківщині" → the pattern of "Харків".
    pub(crate) fn inflected(&self, text: &str, start: usize, end: usize) -> Option<usize> {
        let word = text.get(start..end)?;
        word.char_indices().rev().find_map(|(cut, _)| {
            if cut == 0 {
                return None;
            }
            let id = *self.stems.get(&word[..cut].to_lowercase())?;
            self.endings
                .contains(&word[cut..].to_lowercase())
                .then_some(id)
        })
    }

    /// Every leftmost-longest match of a spelling in `text` (apostrophes folded), in text order, each with
    /// its pattern id: the matches of one automaton over all spellings. A Latin and a Cyrillic spelling
    /// never overlap in a text (each starts with a letter, and no letter is in both; a test checks it), so
    /// the two parts' matches, merged, are those one automaton would find. The Cyrillic part runs only on
    /// a text with a Cyrillic letter.
    pub(crate) fn matches(&self, text: &str) -> Vec<(usize, aho_corasick::Match)> {
        let Some(latin) = &self.latin else {
            return Vec::new();
        };
        let mut out = latin.find_all(text);
        if has_cyrillic(text) {
            if let Some(cyrillic) = self.cyrillic.get() {
                let more = cyrillic.find_all(text);
                if !more.is_empty() {
                    out.extend(more);
                    out.sort_unstable_by_key(|(_, m)| m.start());
                }
            }
        }
        out
    }

    pub(crate) fn cues(&self) -> &Cues {
        &self.cues
    }

    pub(crate) fn pattern(&self, id: usize) -> Option<&Pattern> {
        self.patterns.get(id)
    }
}

/// Merges the spellings of `extra` into the regions and groups of `file` (a stem's `*` dropped), and
/// returns the stems, lowercase with apostrophes dropped (and hyphens as spaces too).
fn merge(file: &mut File, extra: &CyrillicFile) -> Result<HashSet<String>, GazetteerError> {
    let mut stems = HashSet::new();
    let mut clean = |spelling: &str| -> String {
        let trimmed = spelling.trim();
        match trimmed.strip_suffix('*') {
            Some(stem) => {
                let folded = fold_apostrophes(stem).to_lowercase();
                stems.insert(folded.replace('-', " "));
                stems.insert(folded);
                stem.to_owned()
            }
            None => trimmed.to_owned(),
        }
    };
    for cyr in &extra.region {
        let region = file
            .region
            .iter_mut()
            .find(|r| r.name == cyr.name)
            .ok_or_else(|| GazetteerError::UnknownRegion(cyr.name.clone()))?;
        region.aliases.extend(
            cyr.aliases
                .iter()
                .flat_map(|a| yo_spellings(a))
                .map(|a| clean(&a)),
        );
        for place in &cyr.places {
            region.places.push(Place {
                name: clean(&place.name),
                aliases: place
                    .aliases
                    .iter()
                    .flat_map(|a| yo_spellings(a))
                    .map(|a| clean(&a))
                    .collect(),
                ..place.clone()
            });
        }
    }
    for cyr in &extra.group {
        let group = file
            .group
            .iter_mut()
            .find(|g| g.name == cyr.name)
            .ok_or_else(|| GazetteerError::UnknownRegion(cyr.name.clone()))?;
        group.aliases.extend(
            cyr.aliases
                .iter()
                .flat_map(|a| yo_spellings(a))
                .map(|a| clean(&a)),
        );
    }
    Ok(stems)
}

/// A spelling and, when it has "ё", the same with "е", as most Russian texts write it ("Королёв", "Королев").
fn yo_spellings(spelling: &str) -> Vec<String> {
    let folded = spelling.replace('ё', "е").replace('Ё', "Е");
    if folded == spelling {
        vec![folded]
    } else {
        vec![spelling.to_owned(), folded]
    }
}

/// Every ending a stem may take, lowercase: each of `endings`, and each derivation followed by
/// nothing or by one of `endings` ("ськ" + "ій" for Харків-ськ-ій).
fn endings(inflection: &Inflection) -> HashSet<String> {
    let mut out: HashSet<String> = inflection
        .endings
        .iter()
        .map(|e| e.to_lowercase())
        .collect();
    for d in &inflection.derivations {
        out.insert(d.to_lowercase());
        for e in &inflection.endings {
            out.insert(format!("{d}{e}").to_lowercase());
        }
    }
    out.remove("");
    out
}

/// The spellings of every alias as the automaton will hold them, each with its pattern.
struct Spellings<'a> {
    regions: &'a [Region],
    /// Lowercase spellings whose case endings the tagger strips: their pattern is kept in `stems`.
    stem_spellings: &'a HashSet<String>,
    /// Key: the alias folded as the automaton folds it (apostrophes, ASCII case); value: its pattern.
    by_key: HashMap<String, usize>,
    texts: Vec<String>,
    patterns: Vec<Pattern>,
    stems: HashMap<String, usize>,
}

impl<'a> Spellings<'a> {
    /// Every spelling of the places (first, so that a capital's flag wins over the region's own name),
    /// the regions and the macro-regions.
    fn of(
        regions: &'a [Region],
        groups: &[Group],
        index: &HashMap<&str, usize>,
        stem_spellings: &'a HashSet<String>,
    ) -> Result<Spellings<'a>, GazetteerError> {
        let mut spellings = Spellings {
            regions,
            stem_spellings,
            by_key: HashMap::new(),
            texts: Vec::new(),
            patterns: Vec::new(),
            stems: HashMap::new(),
        };
        for (i, region) in regions.iter().enumerate() {
            for place in &region.places {
                let kind = if place.capital {
                    Kind::Capital
                } else if place.river {
                    Kind::River
                } else {
                    Kind::Plain
                };
                for alias in std::iter::once(&place.name).chain(&place.aliases) {
                    spellings.add(
                        alias,
                        Pattern {
                            regions: vec![i],
                            kind,
                        },
                    )?;
                }
            }
        }
        for (i, region) in regions.iter().enumerate() {
            for alias in std::iter::once(&region.name).chain(&region.aliases) {
                let kind = Kind::Plain;
                spellings.add(
                    alias,
                    Pattern {
                        regions: vec![i],
                        kind,
                    },
                )?;
            }
        }
        for group in groups {
            let members = group_members(group, index)?;
            for alias in std::iter::once(&group.name).chain(&group.aliases) {
                let regions = members.clone();
                spellings.add(
                    alias,
                    Pattern {
                        regions,
                        kind: Kind::Plain,
                    },
                )?;
            }
        }
        Ok(spellings)
    }

    /// Adds `alias` with its hyphen-less and case variants; the same spelling for other regions is an
    /// error, for the same ones it is kept once (the first pattern wins).
    fn add(&mut self, alias: &str, pattern: Pattern) -> Result<(), GazetteerError> {
        let folded = fold_apostrophes(alias.trim());
        let mut spellings = vec![folded.clone()];
        if folded.contains('-') {
            spellings.push(folded.replace('-', " "));
        }
        // The automaton folds ASCII case only: add the other cases of "Lwów" ("LWÓW").
        if !folded.is_ascii() {
            for i in 0..spellings.len() {
                let (lower, upper) = (spellings[i].to_lowercase(), spellings[i].to_uppercase());
                spellings.extend([lower, upper]);
            }
        }
        for spelling in spellings {
            let key = spelling.to_ascii_lowercase();
            if key.is_empty() {
                continue;
            }
            let lower = spelling.to_lowercase();
            if self.stem_spellings.contains(&lower) {
                let at = self.by_key.get(&key).copied();
                self.stems.insert(lower, at.unwrap_or(self.patterns.len()));
            }
            if let Some(&existing) = self.by_key.get(&key) {
                let old: &Pattern = &self.patterns[existing];
                if old.regions != pattern.regions {
                    let name = |p: &Pattern| {
                        p.regions
                            .iter()
                            .map(|&i| self.regions[i].name.as_str())
                            .collect::<Vec<_>>()
                            .join("+")
                    };
                    return Err(GazetteerError::Ambiguous {
                        alias: alias.to_owned(),
                        first: name(old),
                        second: name(&pattern),
                    });
                }
                continue;
            }
            self.by_key.insert(key, self.patterns.len());
            self.texts.push(spelling);
            self.patterns.push(pattern.clone());
        }
        Ok(())
    }
}

/// The indices of a macro-region's member regions; a member the gazetteer lacks is an error.
fn group_members(
    group: &Group,
    index: &HashMap<&str, usize>,
) -> Result<Vec<usize>, GazetteerError> {
    group
        .members
        .iter()
        .map(|member| {
            index
                .get(member.as_str())
                .copied()
                .ok_or_else(|| GazetteerError::UnknownMember {
                    group: group.name.clone(),
                    member: member.clone(),
                })
        })
        .collect()
}

#[cfg(test)]
#[path = "gazetteer_tests.rs"]
mod tests;
