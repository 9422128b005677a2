//! The constructions of casualty reports the reader knows, by name: where each is read, sentences written
//! here (in the styles of wires, Ukrainian and Russian officials' posts and live blogs) with the tolls they
//! give, and sentences that must give none. `every_construction_reads_its_examples` runs them all, so a new
//! phrasing is one entry here (its examples first, failing) and the small change that makes them pass in
//! the function or the `assets/people.toml [casualty]` list the entry names.

/// A toll as an example expects it: killed, injured, the toll's place.
pub type Expected = (Option<u32>, Option<u32>, Option<&'static str>);

/// One construction.
pub struct Construction {
    pub name: &'static str,
    /// What reads it: `function` in the `casualties/` files, or a list of `assets/people.toml [casualty]`.
    pub read_by: &'static str,
    /// Report text written here, and every casualty fact it gives, in order.
    pub examples: &'static [(&'static str, &'static [Expected])],
    /// Report text that must give no casualty fact at all.
    pub negatives: &'static [&'static str],
}

/// Every table of constructions: this file's, and the deaths told as lives taken (`lives.rs`).
pub const TABLES: &[&[Construction]] = &[CONSTRUCTIONS, lives::CONSTRUCTIONS];

#[path = "constructions_lives.rs"]
mod lives;

/// The constructions of this file, roughly in the order a sentence is read.
pub const CONSTRUCTIONS: &[Construction] = &[
    Construction {
        name: "a verb of killing or injuring with its object group",
        read_by: "read, group",
        examples: &[
            (
                "The strike killed three people and wounded 12 in Kharkiv, the governor said.",
                &[(Some(3), Some(12), Some("Kharkiv"))],
            ),
            (
                "Shelling injured an elderly man and two women in Nikopol overnight.",
                &[(None, Some(3), Some("Nikopol"))],
            ),
        ],
        negatives: &["Four buildings were destroyed and 20 cars were damaged in the strike."],
    },
    Construction {
        name: "a bare count after its verb, ended by a preposition",
        read_by: "read, one_group; [casualty] bare_next",
        examples: &[
            (
                "Strikes across the country have killed nine people and injured 41 over the past day.",
                &[(Some(9), Some(41), None)],
            ),
            (
                "Russian fire killed two and wounded five in the Donetsk region on Sunday.",
                &[(Some(2), Some(5), Some("Donetsk"))],
            ),
        ],
        negatives: &[],
    },
    Construction {
        name: "a second count with a verb of its own after a comma or 'and' is a second toll",
        read_by: "group, has_own_verb, one_group",
        examples: &[
            (
                "The missile strike killed 11 people, 40 were injured, the mayor said.",
                &[(Some(11), Some(40), None)],
            ),
            (
                "Внаслідок удару по Херсону загинули двоє людей, ще семеро отримали поранення.",
                &[(Some(2), Some(7), None)],
            ),
            (
                "В результате удара по Горловке погибли 6 человек, еще 15 пострадали.",
                &[(Some(6), Some(15), None)],
            ),
            (
                "Внаслідок обстрілу загинули 4 людини і 9 поранені.",
                &[(Some(4), Some(9), None)],
            ),
            // Read back from its verb, a qualified count after a comma is a toll of its own: the 7 are
            // not among the 30 injured.
            (
                "Погибшими названы по меньшей мере 7 человек, более 30 человек пострадали.",
                &[(None, Some(30), None)],
            ),
            (
                "Two men and a woman were killed in the shelling.",
                &[(Some(3), None, None)],
            ),
            // The second group's words run on before its verb: still a toll of its own.
            (
                "A drone killed a 60-year-old man, the driver of the truck was wounded.",
                &[(Some(1), Some(1), None)],
            ),
            // A relative clause's verb is no second toll.
            (
                "The strike killed a nurse and a boy who had been wounded the day before.",
                &[(Some(2), None, None)],
            ),
        ],
        negatives: &[],
    },
    Construction {
        name: "payments or aid to the injured are not a toll",
        read_by: "is_aid; [casualty] aid",
        examples: &[],
        negatives: &[
            "Compensation was paid to 40 injured families in the Sumy region this month.",
            "Ще 120 постраждалим родинам Харківщини перерахували по 300 тисяч гривень на житло.",
            "Выплаты получили 85 пострадавших жителей Курской области на сумму 400 млн рублей.",
        ],
    },
    Construction {
        name: "a wound named fatal after a light verb is a death",
        read_by: "read; [casualty] fatal",
        examples: &[
            (
                "A lorry driver sustained fatal injuries when the drone struck his cab in Sumy.",
                &[(Some(1), None, Some("Sumy"))],
            ),
            (
                "При атаці дрона чоловік отримав смертельні поранення.",
                &[(Some(1), None, None)],
            ),
        ],
        negatives: &[],
    },
    Construction {
        name: "a subject group before a passive verb, through auxiliaries and adverbs",
        read_by: "read, group_ending_at; [casualty] aux, adverbs",
        examples: &[
            (
                "Two rescuers were also killed when a second drone hit the site.",
                &[(Some(2), None, None)],
            ),
            (
                "\"Two guards were [also] wounded in the shelling,\" the mayor wrote.",
                &[(None, Some(2), None)],
            ),
            // "there" and a reporting participle between the group and its verb.
            (
                "Four workers there were killed in the morning strike on the depot.",
                &[(Some(4), None, None)],
            ),
            (
                "In the border villages, two people were reported injured after the shelling.",
                &[(None, Some(2), None)],
            ),
        ],
        negatives: &["Two drones were reported over the city; no one was confirmed at the site."],
    },
    Construction {
        name: "rescuers and firefighters as the group of a Cyrillic toll",
        read_by: "cyrillic.toml \"rescuers\", \"rescuer\" onto [group] rescuers, rescuer",
        examples: &[
            (
                "Під час гасіння пожежі ворог ударив повторно: травмовано двох рятувальників.",
                &[(None, Some(2), None)],
            ),
            (
                "При повторном ударе пострадали трое пожарных.",
                &[(None, Some(3), None)],
            ),
        ],
        negatives: &["На місці працюють рятувальники та вогнеборці ДСНС."],
    },
    Construction {
        name: "a subject, a relative clause in commas, then its casualty verb",
        read_by: "relative_clause_start; [casualty] relatives, cyrillic.toml \"who\"",
        examples: &[
            (
                "Two people were killed. A woman, who was nearby, was injured.",
                &[(Some(2), None, None), (None, Some(1), None)],
            ),
            // A governor's post in Russian and a regional administration's in Ukrainian.
            (
                "При ударе по Шебекино погибла женщина. Водитель, который вез ее в больницу, получил ранения.",
                &[(Some(1), None, None), (None, Some(1), None)],
            ),
            (
                "Загинули двоє людей. Жінка, яка була поруч, отримала поранення.",
                &[(Some(2), None, None), (None, Some(1), None)],
            ),
        ],
        negatives: &["Рятувальники, які прибули на місце, розбирають завали."],
    },
    Construction {
        name: "the casualty noun and its light verb first, the group after them",
        read_by: "read_sentence (light_after); [casualty] light_verbs",
        examples: &[
            // A regional administration's post and a Russian governor's.
            (
                "Поранення отримали 12 людей, серед них троє дітей.",
                &[(None, Some(12), None)],
            ),
            ("Ранения получили двое мирных жителей.", &[(None, Some(2), None)]),
            // A fatal wound is a death.
            ("Смертельные ранения получил мужчина.", &[(Some(1), None, None)]),
        ],
        negatives: &["Пошкодження отримали 12 будинків і 5 автомобілів."],
    },
    Construction {
        name: "a count in a condition is some of the injured already counted",
        read_by: "Tolls::absorb; [casualty] condition",
        examples: &[
            (
                "Five people were killed and five injured in the strike. One injured person is in serious \
                 condition.",
                &[(Some(5), Some(5), None)],
            ),
            (
                "После атаки дронов ранены четыре человека. Двое раненых в тяжелом состоянии.",
                &[(None, Some(4), None)],
            ),
            (
                "Унаслідок удару поранено шестеро людей. Один поранений у тяжкому стані.",
                &[(None, Some(6), None)],
            ),
            // With no toll before it, the one in a condition is the toll.
            (
                "A man was injured in the drone attack and is in serious condition.",
                &[(None, Some(1), None)],
            ),
        ],
        negatives: &[],
    },
    Construction {
        name: "a headline's second figure the body does not repeat",
        read_by: "fold_headline, into_headline",
        examples: &[
            (
                "Дрон атакував Нікополь: двоє загиблих, ще 6 поранених\n\nУвечері ворожий дрон влучив \
                 у маршрутку. Загинули двоє пасажирів, повідомив голова ОВА. Один із поранених у \
                 тяжкому стані.",
                &[(Some(2), Some(6), None)],
            ),
            (
                "Удар по Горловке: трое погибших, еще 9 раненых\n\nВ результате обстрела погибли трое \
                 жителей города, сообщил глава администрации.",
                &[(Some(3), Some(9), None)],
            ),
            // The body gives its own injured: the headline's figure adds nothing.
            (
                "Удар по Сумах: один загиблий, 4 поранених\n\nУнаслідок удару загинув чоловік. \
                 Поранення отримали троє людей.",
                &[(Some(1), None, None), (None, Some(3), None)],
            ),
            // The body restates the headline's injured in a hospital: its own toll, not some of the headline's.
            (
                "Drone hits Dnipro suburb: one dead, 4 hospitalised\n\nA woman was killed when a drone \
                 struck a block of flats. Four people were hospitalised, officials said.",
                &[(Some(1), None, None), (None, Some(4), None)],
            ),
        ],
        negatives: &[],
    },
    Construction {
        name: "a light verb carrying a casualty noun, with its modifiers",
        read_by: "read_sentence; [casualty] light_verbs, care",
        examples: &[
            (
                "A 45-year-old man sustained shrapnel wounds and was taken to hospital.",
                &[(None, Some(1), None)],
            ),
            (
                "Two firefighters suffered severe burns while putting out the blaze, the emergency \
                 service said.",
                &[(None, Some(2), None)],
            ),
            (
                "Eleven people received medical help after the explosion in Izmail.",
                &[(None, Some(11), Some("Izmail"))],
            ),
        ],
        negatives: &["Eight people were rescued from the rubble and the fire burns on."],
    },
    Construction {
        name: "taken, rushed or admitted to hospital: the injured",
        read_by: "casualty_word; [casualty] to_hospital",
        examples: &[
            (
                "Six residents were taken to hospital after debris hit their block, the mayor wrote.",
                &[(None, Some(6), None)],
            ),
            (
                "One man died at the scene and two women were rushed to the hospital in Kramatorsk.",
                &[(Some(1), Some(2), Some("Kramatorsk"))],
            ),
        ],
        negatives: &[
            "The strike damaged the road to hospital number three.",
            "Supplies were taken to the hospital by volunteers.",
        ],
    },
    Construction {
        name: "two counts sharing one head noun",
        read_by: "one_group",
        examples: &[
            (
                "The blast at the plant injured three female and four male workers.",
                &[(None, Some(7), None)],
            ),
            (
                "Shrapnel wounded two elderly and one young resident of Kherson, officials said.",
                &[(None, Some(3), None)],
            ),
        ],
        negatives: &[],
    },
    Construction {
        name: "two places' tolls in one sentence, in clauses joined by a comma and 'and'/'while' or a semicolon",
        read_by: "places::place_clauses; [casualty] clause_joiners",
        examples: &[
            (
                "Russian shelling killed two residents in Beryslav, and left one dead and three wounded in \
                 Kherson, the regional governor wrote.",
                &[(Some(2), None, Some("Beryslav")), (Some(1), Some(3), Some("Kherson"))],
            ),
            (
                "One man died in Kupiansk, while in Izium four people were injured by a guided bomb.",
                &[(Some(1), None, Some("Kupiansk")), (None, Some(4), Some("Izium"))],
            ),
            (
                "У Харкові загинула жінка, а в Ізюмі поранено трьох людей.",
                &[(Some(1), None, Some("Харкові")), (None, Some(3), Some("Ізюмі"))],
            ),
            // One place: one toll, read whole.
            (
                "A woman was killed in Sumy, and her neighbour was hurt in the same strike.",
                &[(Some(1), Some(1), Some("Sumy"))],
            ),
        ],
        negatives: &[],
    },
    Construction {
        name: "a toll broken down by place after a colon",
        read_by: "elliptic_parts, is_breakdown",
        examples: &[
            (
                "Russian fire killed 4 civilians in the Donetsk region: 2 in Kostiantynivka, 1 in \
                 Pokrovsk and 1 in Siversk, Governor Vadym Filashkin said.",
                &[
                    (Some(4), None, Some("Donetsk")),
                    (Some(2), None, Some("Kostiantynivka")),
                    (Some(1), None, Some("Pokrovsk")),
                    (Some(1), None, Some("Siversk")),
                ],
            ),
            (
                "Over the past day Russian attacks wounded 9 people in the Kherson region: 5 in \
                 Kherson city and 4 in Beryslav.",
                &[
                    (None, Some(9), Some("Kherson")),
                    (None, Some(5), Some("Kherson")),
                    (None, Some(4), Some("Beryslav")),
                ],
            ),
            // No place before the colon: the total is no place's, and the first part is a part.
            (
                "Shelling wounded seven residents of the region: four in Huliaipole and three in Orikhiv.",
                &[
                    (None, Some(7), None),
                    (None, Some(4), Some("Huliaipole")),
                    (None, Some(3), Some("Orikhiv")),
                ],
            ),
        ],
        negatives: &[],
    },
    Construction {
        name: "\"both\" counts two people",
        read_by: "one_group",
        examples: &[
            (
                "Two men were clearing debris in the yard. Both were killed instantly.",
                &[(Some(2), None, None)],
            ),
            (
                "The drone strike killed both drivers of the aid convoy, the regional police said.",
                &[(Some(2), None, None)],
            ),
        ],
        negatives: &["Both sides blamed each other for the shelling."],
    },
    Construction {
        name: "explicit zero",
        read_by: "read (\"no\", \"nobody\", \"no one\")",
        examples: &[
            (
                "There were no casualties, the regional administration said.",
                &[(Some(0), Some(0), None)],
            ),
            (
                "No one was killed or injured in Lutsk, Governor Ivan Petrenko said.",
                &[(Some(0), Some(0), Some("Lutsk"))],
            ),
        ],
        negatives: &[],
    },
    Construction {
        name: "explicit zero with the casualty noun first, or after \"without\"",
        read_by: "read_zero_after; [casualty] zero_after, zero_before",
        examples: &[
            // A Russian governor's post and a Ukrainian regional administration's.
            (
                "Беспилотник упал на крышу склада в Рыльске. Погибших и пострадавших нет.",
                &[(Some(0), Some(0), None)],
            ),
            (
                "Уламки дрона пошкодили гараж у Чорткові. Постраждалих немає, повідомив начальник ОВА.",
                &[(None, Some(0), None)],
            ),
            // A wire's summary: one kind counted, the other explicitly none.
            (
                "Внаслідок удару загинули двоє людей, постраждалих немає.",
                &[(Some(2), Some(0), None)],
            ),
            ("Атака на Тамбов обошлась без жертв, сообщил губернатор.", &[(Some(0), None, None)]),
        ],
        // Nothing known about the injured is no zero.
        negatives: &[
            "Сведений о пострадавших пока нет, сообщил мэр.",
            "Інформації про загиблих наразі немає.",
        ],
    },
    Construction {
        name: "a running count: the latest figure of the toll before it",
        read_by: "Tolls::absorb; [casualty] update, running",
        examples: &[
            (
                "A guided bomb hit a block of flats in Kharkiv, injuring 9 people. By night the number \
                 of injured had risen to 14.",
                &[(None, Some(14), Some("Kharkiv"))],
            ),
            (
                "Nine people were hurt in the morning strike. At noon the head of the city said 16 \
                 people had already been injured.",
                &[(None, Some(16), None)],
            ),
            // The toll's word of change past a long subject (read_toll_phrase).
            (
                "The death toll from Saturday's strike on a nine-storey apartment block in the eastern \
                 city of Kramatorsk has risen to 14, the mayor said.",
                &[(Some(14), None, Some("Kramatorsk"))],
            ),
        ],
        negatives: &[],
    },
    Construction {
        name: "an earlier report of a toll already replaced",
        read_by: "Tolls::superseded; [casualty] earlier_report",
        examples: &[
            (
                "A drone hit a minibus in Marhanets, killing one and injuring eight, Governor Serhii \
                 Lysak said. Earlier, Lysak said six people were injured.",
                &[(Some(1), Some(8), Some("Marhanets"))],
            ),
            (
                "The strike in Sumy killed 3 people and wounded 20, the city council said. Initially, \
                 officials reported two dead.",
                &[(Some(3), Some(20), Some("Sumy"))],
            ),
            // Without a speech verb it is an earlier event of the same day, with its own toll.
            (
                "Shelling killed two men in Kherson. Earlier, a drone wounded a woman in Beryslav.",
                &[(Some(2), None, Some("Kherson")), (None, Some(1), Some("Beryslav"))],
            ),
        ],
        negatives: &[],
    },
    Construction {
        name: "a restatement naming a coarser place is the same toll",
        read_by: "Tolls::absorb, places",
        examples: &[
            (
                "A drone killed a man in the village of Krasne in the Sumy region. The attack in the \
                 Sumy region killed a man, the governor said.",
                &[(Some(1), None, Some("Krasne"))],
            ),
            (
                "Two women were killed in the town of Shebekino in Belgorod. Drones killed two women in \
                 Belgorod on Monday, TASS reported.",
                &[(Some(2), None, Some("Shebekino"))],
            ),
        ],
        negatives: &[],
    },
    Construction {
        name: "a place after \"in\", or \"on\" after an attack noun, past direction adjectives or a kind of \
               place with \"of\"",
        read_by: "places, places_in, name_after_in; grammar.toml direction_adjectives, place_kinds, platforms",
        examples: &[
            (
                "Russia's missile strike on Zaporizhzhia killed four and injured 20. A drone attack on the \
                 outskirts of Kherson wounded three people, the governor said on Telegram.",
                &[
                    (Some(4), Some(20), Some("Zaporizhzhia")),
                    (None, Some(3), Some("Kherson")),
                ],
            ),
            // Past a country's possessive or its nationality, as wires name a region or a town.
            (
                "A Russian drone hit a bus in the southern Ukrainian city of Kherson, killing two \
                 passengers.",
                &[(Some(2), None, Some("Kherson"))],
            ),
            (
                "Russian shelling killed two civilians and wounded five in Ukraine's southern Kherson \
                 region on Sunday, the governor said.",
                &[(Some(2), Some(5), Some("Kherson"))],
            ),
            (
                "A Ukrainian drone attack on Russia's Kursk region injured three people, the acting \
                 governor wrote.",
                &[(None, Some(3), Some("Kursk"))],
            ),
            (
                "Debris from a downed drone wounded two workers at a depot in western Russia's Bryansk \
                 region, the regional head said.",
                &[(None, Some(2), Some("Bryansk"))],
            ),
            // A country attacked, where it was posted, and an office in capitals are no toll's place.
            (
                "The attack on Ukraine killed 12 people overnight, officials said in Telegram.",
                &[(Some(12), None, None)],
            ),
            (
                "Three people were injured, officials in the UN mission said.",
                &[(None, Some(3), None)],
            ),
            ("В ОВА уточнили: загинув чоловік 60 років.", &[(Some(1), None, None)]),
            (
                "A missile wounded a woman in the northeastern Sumy region. Shelling wounded a man in \
                 Beryslav.",
                &[(None, Some(1), Some("Sumy")), (None, Some(1), Some("Beryslav"))],
            ),
            (
                "Two people were killed in the central city of Dnipro.",
                &[(Some(2), None, Some("Dnipro"))],
            ),
            // Not a place: a nationality, a weekday, a distance.
            (
                "Two civilians were killed in Russian shelling of the town.",
                &[(Some(2), None, None)],
            ),
            (
                "A man was wounded 40 km from Kharkiv in Tuesday's attack.",
                &[(None, Some(1), None)],
            ),
        ],
        negatives: &[],
    },
    Construction {
        name: "a list of ages after the group is no count, with commas or without",
        read_by: "groups::before_appositive (doc::numbers::age_list_start); numbers.toml age_lists, list_joiners",
        examples: &[
            (
                "Two men aged 33 and 58 were killed when a shell hit their car near Kherson.",
                &[(Some(2), None, None)],
            ),
            (
                "Three residents aged between 19 and 70 were injured, the city council said.",
                &[(None, Some(3), None)],
            ),
            (
                "Two women, aged 61 and 64, were wounded in Nikopol when shells hit a market.",
                &[(None, Some(2), Some("Nikopol"))],
            ),
        ],
        negatives: &[],
    },
    Construction {
        name: "a country opening the clause gives way to the place the toll names after it",
        read_by: "places (COUNTRIES)",
        examples: &[
            (
                "In Ukraine, three people were killed and nine hurt in the Zaporizhzhia region overnight.",
                &[(Some(3), Some(9), Some("Zaporizhzhia"))],
            ),
            (
                "In Russia, a drone wounded two workers in Belgorod, the governor said.",
                &[(None, Some(2), Some("Belgorod"))],
            ),
            (
                "Debris fell on a bus stop in Russia’s Kursk, injuring four people.",
                &[(None, Some(4), Some("Kursk"))],
            ),
            // The country alone is still the toll's place.
            (
                "Four civilians were killed in Ukraine on Tuesday, the UN said.",
                &[(Some(4), None, Some("Ukraine"))],
            ),
        ],
        negatives: &[],
    },
    Construction {
        name: "a vague quantity is no toll",
        read_by: "one_group (approximate counts)",
        examples: &[
            (
                "At least four people died and dozens were injured, the president said.",
                &[(Some(4), None, None)],
            ),
            (
                "Russian strikes killed two people and injured dozens across the region.",
                &[(Some(2), None, None)],
            ),
        ],
        negatives: &["Hundreds of residents were hurt, officials said."],
    },
    Construction {
        name: "a cumulative phrase in the toll's clause makes it background",
        read_by: "is_cumulative; [casualty] background_pairs, clause_openers",
        examples: &[
            // The phrase sits in the clause "after" opens: it dates the attack, not the toll.
            (
                "Three people died after Russia launched its largest attack since the full-scale \
                 invasion, officials said.",
                &[(Some(3), None, None)],
            ),
            (
                "Two people were hurt when the heaviest barrage since the full-scale invasion hit \
                 Lviv overnight.",
                &[(None, Some(2), None)],
            ),
            // "throughout the day" is today.
            (
                "Shelling went on throughout the day in Kherson, killing a man and wounding four others.",
                &[(Some(1), Some(4), Some("Kherson"))],
            ),
        ],
        negatives: &[
            "More than 500 children have been killed since the full-scale invasion.",
            "The governor said last month that 140 civilians had been killed in the region.",
            "Last week, 18 people were killed in a strike on Poltava.",
            "Throughout the war, 45 residents of the town have been killed by shelling.",
        ],
    },
    Construction {
        name: "a toll told on in the next sentence: the kind the toll before lacks",
        read_by: "Tolls::absorb, tells_on; [casualty] continuation, people_after_count",
        examples: &[
            (
                "Three people were killed in a Russian strike on Kharkiv on Friday. Another 12 were injured, \
                 the governor said.",
                &[(Some(3), Some(12), Some("Kharkiv"))],
            ),
            (
                "A missile killed five people in Poltava overnight. Thirty others were wounded.",
                &[(Some(5), Some(30), Some("Poltava"))],
            ),
            (
                "Внаслідок ранкового удару загинули двоє людей. Ще четверо поранені.",
                &[(Some(2), Some(4), None)],
            ),
            // A place of its own, or a kind the toll already has, is a toll of its own.
            (
                "Five people were killed in Sumy. In Kharkiv, another 12 people were injured.",
                &[(Some(5), None, Some("Sumy")), (None, Some(12), Some("Kharkiv"))],
            ),
            (
                "Two people were killed and six injured in Dnipro. Another two were killed in Nikopol.",
                &[(Some(2), Some(6), Some("Dnipro")), (Some(2), None, Some("Nikopol"))],
            ),
        ],
        negatives: &[],
    },
    Construction {
        name: "a span's toll: the war's or a year's dead are background",
        read_by: "is_span_toll; [casualty] background_at_least, span_possessives",
        examples: &[
            // The war's deadliest strike is today's toll: the possessive is not before a count.
            (
                "The war's deadliest strike on the city killed 14 people, the mayor said.",
                &[(Some(14), None, None)],
            ),
        ],
        negatives: &[
            "The war's 12,000 dead include hundreds of children.",
            "UN monitors say over 13,500 civilians in Ukraine have died in the war so far.",
            "On Friday Moscow handed over the bodies of 1,000 soldiers killed in the fighting.",
            "This year's 300 victims were mostly in the east, the UN mission said.",
        ],
    },
];

#[cfg(test)]
#[path = "constructions_tests.rs"]
mod tests;
