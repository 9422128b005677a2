//! Reading a query's text into a `Query`: lexing, the parser of groups, `or` and `-`, and each term.

use super::{Cmp, Figure, Query, QueryError, Text, MAX_DEPTH, MAX_LEN};
use chrono::NaiveDate;

/// Parses a query; an empty one matches every report. A query longer than `MAX_LEN` characters or
/// nesting deeper than `MAX_DEPTH` is refused with where it went past the bound.
pub fn parse(text: &str) -> Result<Query, QueryError> {
    if let Some((at, _)) = text.char_indices().nth(MAX_LEN) {
        return Err(QueryError {
            at,
            message: format!("the query is longer than {MAX_LEN} characters"),
        });
    }
    let tokens = lex(text)?;
    let mut p = Parser {
        tokens,
        pos: 0,
        depth: 0,
    };
    let q = p.or_expr()?;
    match p.tokens.get(p.pos) {
        None => Ok(q),
        Some(t) => Err(QueryError {
            at: t.at,
            message: format!("unexpected {:?}", t.text),
        }),
    }
}

#[derive(Debug, Clone)]
struct Tok {
    text: String,
    /// A quoted phrase (never an operator).
    quoted: bool,
    at: usize,
}

/// Splits into words, quoted phrases, `(`, `)` and a leading `-`.
fn lex(text: &str) -> Result<Vec<Tok>, QueryError> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        if c.is_whitespace() {
            i += 1;
        } else if c == '(' || c == ')' || c == '-' && out_allows_minus(&chars, i) {
            out.push(Tok {
                text: c.to_string(),
                quoted: false,
                at,
            });
            i += 1;
        } else if c == '"' {
            let close = chars[i + 1..]
                .iter()
                .position(|&(_, c)| c == '"')
                .ok_or(QueryError {
                    at,
                    message: "a quote is not closed".into(),
                })?;
            let phrase: String = chars[i + 1..i + 1 + close]
                .iter()
                .map(|&(_, c)| c)
                .collect();
            out.push(Tok {
                text: phrase,
                quoted: true,
                at,
            });
            i += close + 2;
        } else {
            // A word, which may end in a quoted value: source:"kyiv independent".
            let mut word = String::new();
            while i < chars.len() && !chars[i].1.is_whitespace() && !"()".contains(chars[i].1) {
                if chars[i].1 == '"' {
                    let close =
                        chars[i + 1..]
                            .iter()
                            .position(|&(_, c)| c == '"')
                            .ok_or(QueryError {
                                at: chars[i].0,
                                message: "a quote is not closed".into(),
                            })?;
                    word.extend(chars[i + 1..i + 1 + close].iter().map(|&(_, c)| c));
                    i += close + 2;
                    continue;
                }
                word.push(chars[i].1);
                i += 1;
            }
            out.push(Tok {
                text: word,
                quoted: false,
                at,
            });
        }
    }
    Ok(out)
}

/// `-` starts an exclusion at the start of a term only ("-kharkiv", not "2023-07-18").
fn out_allows_minus(chars: &[(usize, char)], i: usize) -> bool {
    i == 0 || chars[i - 1].1.is_whitespace() || chars[i - 1].1 == '('
}

struct Parser {
    tokens: Vec<Tok>,
    pos: usize,
    /// Groups and exclusions open around the current token.
    depth: usize,
}

impl Parser {
    fn peek(&self) -> Option<&Tok> {
        self.tokens.get(self.pos)
    }

    fn or_expr(&mut self) -> Result<Query, QueryError> {
        let mut any = vec![self.and_expr()?];
        while self
            .peek()
            .is_some_and(|t| !t.quoted && t.text.eq_ignore_ascii_case("or"))
        {
            self.pos += 1;
            any.push(self.and_expr()?);
        }
        Ok(if any.len() == 1 {
            any.remove(0)
        } else {
            Query::Any(any)
        })
    }

    fn and_expr(&mut self) -> Result<Query, QueryError> {
        let mut all = Vec::new();
        while let Some(t) = self.peek() {
            if !t.quoted && (t.text == ")" || t.text.eq_ignore_ascii_case("or")) {
                break;
            }
            all.push(self.unary()?);
        }
        match all.len() {
            0 => match self.peek() {
                Some(t) => Err(QueryError {
                    at: t.at,
                    message: format!("a term is missing before {:?}", t.text),
                }),
                None if self.pos == 0 => Ok(Query::All(Vec::new())),
                None => Err(QueryError {
                    at: self.tokens.last().map_or(0, |t| t.at),
                    message: "a term is missing at the end".into(),
                }),
            },
            1 => Ok(all.remove(0)),
            _ => Ok(Query::All(all)),
        }
    }

    fn unary(&mut self) -> Result<Query, QueryError> {
        let t = self.tokens[self.pos].clone();
        self.pos += 1;
        if t.quoted {
            return Ok(Query::Text(Text::new(&t.text)));
        }
        if matches!(t.text.as_str(), "-" | "(") {
            if self.depth >= MAX_DEPTH {
                return Err(QueryError {
                    at: t.at,
                    message: format!("groups and exclusions nest deeper than {MAX_DEPTH} levels"),
                });
            }
            self.depth += 1;
            let inner = self.nested(&t);
            self.depth -= 1;
            return inner;
        }
        match t.text.as_str() {
            ")" => Err(QueryError {
                at: t.at,
                message: "a ) without its (".into(),
            }),
            _ => term(&t),
        }
    }

    /// What follows a `-` or a `(` token `t`, one level deeper.
    fn nested(&mut self, t: &Tok) -> Result<Query, QueryError> {
        match t.text.as_str() {
            "-" => {
                if self.peek().is_none() {
                    return Err(QueryError {
                        at: t.at,
                        message: "nothing to exclude after -".into(),
                    });
                }
                Ok(Query::Not(Box::new(self.unary()?)))
            }
            "(" => {
                let q = self.or_expr()?;
                match self.peek() {
                    Some(c) if c.text == ")" && !c.quoted => {
                        self.pos += 1;
                        Ok(q)
                    }
                    _ => Err(QueryError {
                        at: t.at,
                        message: "this ( is not closed".into(),
                    }),
                }
            }
            _ => unreachable!("nested is called for - and ( only"),
        }
    }
}

/// One word: an operator with its value, a flag, or text to find.
fn term(t: &Tok) -> Result<Query, QueryError> {
    // A bad value is pointed at where it starts (`launched>abc`: under "abc"), not at the term.
    let err = |message: String| QueryError { at: t.at, message };
    let bad = |value: &str, message: String| QueryError {
        at: t.at + t.text.len().saturating_sub(value.len()),
        message,
    };
    let lower = t.text.to_ascii_lowercase();
    match lower.as_str() {
        "unread" => return Ok(Query::Unread),
        "bookmarked" => return Ok(Query::Bookmarked),
        _ => {}
    }
    for (name, figure) in [
        ("launched", Figure::Launched),
        ("destroyed", Figure::Destroyed),
        ("killed", Figure::Killed),
        ("injured", Figure::Injured),
    ] {
        if let Some(rest) = lower.strip_prefix(name) {
            if rest.is_empty() {
                break;
            }
            let (cmp, number) = comparison(rest)
                .ok_or_else(|| err(format!("{name} takes a comparison and a number: {name}>20")))?;
            let n = number
                .parse()
                .map_err(|_| bad(number, format!("{number:?} is not a number")))?;
            return Ok(Query::Figure(figure, cmp, n));
        }
    }
    let Some((op, value)) = t.text.split_once(':') else {
        return Ok(Query::Text(Text::new(&t.text)));
    };
    if value.is_empty() {
        return Err(err(format!("{op}: needs a value")));
    }
    operator(t, op, value)
}

/// `op:value`: an operator and its value, checked (a region or weapon the lists know, a date).
fn operator(t: &Tok, op: &str, value: &str) -> Result<Query, QueryError> {
    let err = |message: String| QueryError { at: t.at, message };
    let bad = |value: &str, message: String| QueryError {
        at: t.at + t.text.len().saturating_sub(value.len()),
        message,
    };
    let date = |v: &str| {
        NaiveDate::parse_from_str(v, "%Y-%m-%d")
            .map_err(|_| bad(v, format!("{v:?} is not a date (YYYY-MM-DD)")))
    };
    match op.to_ascii_lowercase().as_str() {
        "region" => {
            let regions: Vec<String> = crate::regions::gazetteer()
                .lookup(value)
                .into_iter()
                .map(|r| r.name.clone())
                .collect();
            if regions.is_empty() {
                return Err(bad(value, format!("no region is called {value:?}")));
            }
            Ok(Query::Region(regions))
        }
        "weapon" => weapon_named(value)
            .map(Query::Weapon)
            .ok_or_else(|| bad(value, format!("no weapon is called {value:?}"))),
        "category" => serde_json::from_value(serde_json::Value::String(value.to_ascii_lowercase()))
            .map(Query::Category)
            .map_err(|_| {
                bad(value, format!(
                    "{value:?} is not a category (drone, cruise_missile, ballistic_missile, \
                     aeroballistic_missile, guided_bomb, other)"
                ))
            }),
        "date" => Ok(Query::Date(Cmp::Eq, date(value)?)),
        "from" => Ok(Query::Date(Cmp::Ge, date(value)?)),
        "to" => Ok(Query::Date(Cmp::Le, date(value)?)),
        "newer" => value
            .strip_suffix('d')
            .and_then(|n| n.parse().ok())
            .map(Query::Newer)
            .ok_or_else(|| bad(value, format!("newer takes days: newer:7d, not {value:?}"))),
        "source" => Ok(Query::Source(value.to_string())),
        "side" => crate::corpus::attacker::side_named(value)
            .map(Query::Side)
            .ok_or_else(|| bad(value, format!("side takes russia or ukraine, not {value:?}"))),
        other => Err(err(format!(
            "{other}: is not an operator (region, weapon, category, date, from, to, newer, source, side)"
        ))),
    }
}

fn comparison(rest: &str) -> Option<(Cmp, &str)> {
    for (sign, cmp) in [
        (">=", Cmp::Ge),
        ("<=", Cmp::Le),
        (">", Cmp::Gt),
        ("<", Cmp::Lt),
        ("=", Cmp::Eq),
    ] {
        if let Some(n) = rest.strip_prefix(sign) {
            return Some((cmp, n));
        }
    }
    None
}

/// The canonical weapon a value names: any alias the extractor knows ("shahed", "kh-101", "geran-2"), or a
/// Ukrainian or Russian form the glossary reads as one ("калибр", "Калібру", "шахедів", "Искандер-М").
fn weapon_named(value: &str) -> Option<String> {
    let mut toks = crate::extract::tokens::tokenize(value, 0, value.len());
    crate::extract::gloss::gloss(&mut toks);
    crate::extract::lexicon::lexicon()
        .mentions(&toks)
        .first()
        .map(|m| m.name.clone())
}
