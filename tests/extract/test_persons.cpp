#include <doctest/doctest.h>

#include "extract_fixtures.hpp"

using kg::extract::MentionKind;
using kg::test::facts;
using kg::test::has;
using kg::test::labels;
using kg::test::persons_by;
using kg::test::run;
using kg::test::run_dated;

TEST_SUITE("extract/persons") {
    TEST_CASE(
        "persons: a country and a title before a name give a person, an office and its country") {
        const auto d = run("Canadian Defense Minister Anne Tremblay arrived in Lima on Friday.");
        CHECK(labels(d, MentionKind::person) == std::vector<std::string>{"Anne Tremblay"});
        const auto f = facts(d);
        CHECK(has(f, "Anne Tremblay -holds-office-> Minister of National Defence (Canada)"));
        CHECK(has(f, "Minister of National Defence (Canada) -office-of-> Canada"));
    }

    TEST_CASE("persons: a possessive country and a modifier may stand between country and title") {
        const auto d = run("Peru's new Foreign Minister Rosa Quispe Mamani spoke.");
        CHECK(
            has(facts(d), "Rosa Quispe Mamani -holds-office-> Minister of Foreign Affairs (Peru)"));
    }

    TEST_CASE("persons: apposition gives the title after the name") {
        const auto d = run("Tom Varga, the Hungarian Prime Minister, said he agreed.");
        CHECK(has(facts(d), "Tom Varga -holds-office-> Prime Minister (Hungary)"));
    }

    TEST_CASE("persons: 'title, name,' is an apposition, and a list after a title is not") {
        const auto d = run("Later, Peru's Foreign Minister, Rosa Quispe, joined by video.");
        CHECK(has(facts(d), "Rosa Quispe -holds-office-> Minister of Foreign Affairs (Peru)"));
        const auto list = run("Peru's Foreign Minister, Lima Port and Andes Bank signed.");
        CHECK(labels(list, MentionKind::person).empty());
    }

    TEST_CASE("persons: 'title of [the] country' after the name gives the post's country") {
        const auto d =
            run("Talks were held with Rajiv Menon, Minister of Defence of the Republic of India, "
                "and Chilean officials.");
        CHECK(has(facts(d), "Rajiv Menon -holds-office-> Minister of Defence (India)"));
    }

    TEST_CASE("persons: a leading initial and lower-case particles belong to the name") {
        CHECK(labels(run("Indian Foreign Minister S. Menon spoke."), MentionKind::person) ==
              std::vector<std::string>{"S. Menon"});
        CHECK(labels(run("German Defence Minister Anna von der Brink spoke."),
                     MentionKind::person) == std::vector<std::string>{"Anna von der Brink"});
        // A particle never ends a name.
        CHECK(labels(run("German Defence Minister Anna Brink von spoke."), MentionKind::person) ==
              std::vector<std::string>{"Anna Brink"});
    }

    TEST_CASE("persons: 'Title and Title Name' gives the name the last title and the country") {
        const auto d =
            run("Canadian Deputy Prime Minister and Defence Minister Anne Tremblay spoke.");
        CHECK(labels(d, MentionKind::person) == std::vector<std::string>{"Anne Tremblay"});
        CHECK(has(facts(d), "Anne Tremblay -holds-office-> Minister of National Defence (Canada)"));
    }

    TEST_CASE("persons: a rank or honorific before a name gives a person with no office") {
        const auto d = run("Talks were led by General Tran Van Minh and Lt. Gen. Ana Rojas.");
        CHECK(labels(d, MentionKind::person) ==
              std::vector<std::string>{"Tran Van Minh", "Ana Rojas"});
        CHECK(labels(d, MentionKind::office).empty());
        CHECK(labels(run("The General Assembly met."), MentionKind::person).empty());
    }

    TEST_CASE("persons: a counterpart takes the earlier title in the counterpart's country") {
        const auto d = run(
            "Italian Defense Minister Marco Rossi and his American counterpart, Jim Cole, met.");
        const auto f = facts(d);
        CHECK(has(f, "Marco Rossi -holds-office-> Minister of Defense (Italy)"));
        CHECK(has(f, "Jim Cole -holds-office-> Secretary of Defense (United States)"));
    }

    TEST_CASE("persons: a title with no country anywhere gives a person but no office") {
        const auto d = run("Prime Minister Ola Berg spoke.");
        CHECK(labels(d, MentionKind::person) == std::vector<std::string>{"Ola Berg"});
        CHECK(facts(d).empty());
    }

    TEST_CASE("persons: capitalized words alone are not people") {
        const auto d = run("Green Energy Partners held a party. Nobody Knows played on.");
        CHECK(labels(d, MentionKind::person).empty());
        const auto e = run("President Tom Varga Ltd Holdings Group spoke.");  // a body's name
        CHECK(labels(e, MentionKind::person).empty());
        const auto f = run("President Ana Maria Rosa Soto Vega spoke.");  // too long for a name
        CHECK(labels(f, MentionKind::person).empty());
    }

    TEST_CASE("persons: a full name before a speech verb is a person without a post") {
        const auto d =
            run("Ana Soto said the talks went well. Afterwards, Jon Rask told reporters more.");
        const auto p = labels(d, MentionKind::person);
        CHECK(std::count(p.begin(), p.end(), "Ana Soto") == 1);
        CHECK(std::count(p.begin(), p.end(), "Jon Rask") == 1);
        for (const auto& m : d.mentions) CHECK_FALSE(m.title.has_value());
    }

    TEST_CASE("persons: a body's name or a determiner before a speech verb gives no person") {
        const auto d =
            run("Harbor Light Foundation said it would help. The Blue House said no. "
                "Mara Velt Group said yes.");
        CHECK(labels(d, MentionKind::person).empty());
    }

    TEST_CASE("persons: month words are given names unless a day or period follows") {
        const auto d = run("Defense Minister Dong Jun met Senator Theresa May on Jun 4.");
        const auto p = labels(d, MentionKind::person);
        CHECK(std::count(p.begin(), p.end(), "Dong Jun") == 1);
        CHECK(std::count(p.begin(), p.end(), "Theresa May") == 1);
        const auto e =
            run("Defense Minister Ana Soto met them on Friday. Minister Soto May 5 spoke. "
                "In May Soto said so. When Ana Soto said no, they left.");
        for (const auto& l : labels(e, MentionKind::person)) CHECK(l == "Ana Soto");
    }

    TEST_CASE("persons: names may start with a non-ASCII capital") {
        const auto d =
            run("Turkish Foreign Minister Mevlüt Çavuşoğlu met aides. Çavuşoğlu said so.");
        const auto p = labels(d, MentionKind::person);
        CHECK(std::count(p.begin(), p.end(), "Mevlüt Çavuşoğlu") == 2);
    }

    TEST_CASE("persons: four-word names with particles are read whole") {
        const auto d = run("Crown Prince Salman bin Hamad Al Khalifa arrived.");
        const auto p = labels(d, MentionKind::person);
        REQUIRE(p.size() == 1);
        CHECK(p.front() == "Salman bin Hamad Al Khalifa");
    }

    TEST_CASE("persons: later surnames and titled surnames resolve to the full name") {
        const auto d =
            run("Chilean President Ana Soto met aides. Later, President Soto and Soto's aide left. "
                "Soto said so.");
        const auto p = labels(d, MentionKind::person);
        CHECK(std::count(p.begin(), p.end(), "Ana Soto") == 4);
        bool titled = false;
        for (const auto& m : d.mentions) titled = titled || m.surface == "President Soto";
        CHECK(titled);
    }

    TEST_CASE(
        "persons: two people sharing a surname stay two and a bare shared surname is left out") {
        const auto d = run(
            "Kenyan President Paul Kiprop met Kenyan Foreign Minister Mary Kiprop. Kiprop smiled.");
        const auto p = labels(d, MentionKind::person);
        CHECK(std::count(p.begin(), p.end(), "Paul Kiprop") == 1);
        CHECK(std::count(p.begin(), p.end(), "Mary Kiprop") == 1);
        CHECK(p.size() == 2);
    }

    TEST_CASE(
        "persons: the home country supplies an unqualified title's country, at lower confidence") {
        const auto d =
            run("Mexico and Peru met. Mexico hosted it. President Lia Ruiz and Peruvian President "
                "Jose Paz spoke in Mexico.");
        const auto f = facts(d);
        CHECK(has(f, "Lia Ruiz -holds-office-> President (Mexico)"));
        CHECK(has(f, "Jose Paz -holds-office-> President (Peru)"));
        for (const auto& r : d.relations)
            if (d.mentions[r.head].label == "Lia Ruiz") CHECK(r.confidence < 1.0);
    }

    TEST_CASE("persons: country mentions need a capital, acronyms need exact case") {
        const auto d = run("Let us talk turkey with the US and Turkey.");
        CHECK(labels(d, MentionKind::country) ==
              std::vector<std::string>{"United States", "Turkey"});
    }
}

TEST_SUITE("extract/persons") {
    TEST_CASE("persons: a byline line names its author, a 'By' sentence with more words does not") {
        const auto d =
            run("Talks set for Monday\nBy Park Min-ji\nBy Friday, Lars Holm will decide.");
        CHECK(persons_by(d, "byline") == std::vector<std::string>{"Park Min-ji"});
    }

    TEST_CASE("persons: a byline names two authors, and may go on with '|' or 'in <place>'") {
        const auto d =
            run("Talks set for Monday\nBy Park Min-ji and Lars Holm | 24 May 2024\n"
                "By Ana Soto in Lima\nThe talks began.");
        CHECK(labels(d, MentionKind::person) ==
              std::vector<std::string>{"Park Min-ji", "Lars Holm", "Ana Soto"});
        // Other words after the names make it a sentence, not a byline.
        CHECK(persons_by(run("Talks set for Monday\nBy Park Min-ji and Lars Holm say yes.\n"),
                         "byline")
                  .empty());
    }

    TEST_CASE("persons: a hyphen glued between capitalized parts stays inside the name") {
        const auto d = run("French Prime Minister Jean-Luc Moreau arrived.");
        CHECK(has(labels(d, MentionKind::person), "Jean-Luc Moreau"));
    }
}

TEST_SUITE("extract/persons") {
    TEST_CASE(
        "persons: a body before the title owns the post, and a body's post without a body is "
        "skipped") {
        const auto d = run("World Health Organization Spokesperson Lena Berg said so.");
        CHECK(has(facts(d), "Lena Berg -holds-office-> Spokesperson (World Health Organization)"));
        CHECK(
            has(facts(d),
                "Spokesperson (World Health Organization) -office-of-> World Health Organization"));
        const auto e = run("Mexico and Mexico again. Spokesperson Lena Berg said so.");
        CHECK(has(labels(e, MentionKind::person), "Lena Berg"));
        CHECK(facts(e).empty());
    }

    TEST_CASE("persons: one title for two people after two countries is theirs in order") {
        const auto d =
            run("Chile and Peru will hold talks attended by Ana Rojas, Chairman of the Joint "
                "Chiefs of Staff, and Luis "
                "Salas, Chairman of the Joint Chiefs of Staff, on Friday.");
        const auto f = facts(d);
        CHECK(has(f, "Ana Rojas -holds-office-> Chairman of the Joint Chiefs of Staff (Chile)"));
        CHECK(has(f, "Luis Salas -holds-office-> Chairman of the Joint Chiefs of Staff (Peru)"));
        // Three countries for two people: the order says nothing.
        const auto e =
            run("Chile, Bolivia and Peru will hold talks attended by Ana Rojas, Chairman of the "
                "Joint Chiefs of Staff, and "
                "Luis Salas, Chairman of the Joint Chiefs of Staff, on Friday.");
        CHECK(!has(facts(e),
                   "Luis Salas -holds-office-> Chairman of the Joint Chiefs of Staff (Peru)"));
    }

    TEST_CASE(
        "persons: an unqualified title belongs to the dateline's country, not the most "
        "mentioned one") {
        const auto d = run(
            "LIMA, March 4 (Wire) - Chile and Chile and Chile pressed Peru. Prime Minister Luis "
            "Salas said Chilean claims were wrong.");
        CHECK(has(facts(d), "Luis Salas -holds-office-> Prime Minister (Peru)"));
        // Without a dateline the most mentioned country is still the guess.
        const auto e = run(
            "Chile and Chile and Chile pressed Peru. Prime Minister Luis Salas said Chilean claims "
            "were wrong.");
        CHECK(has(facts(e), "Luis Salas -holds-office-> Prime Minister (Chile)"));
    }

    TEST_CASE("persons: 'Name, who ... as <title>,' gives the post of the relative clause") {
        const auto d =
            run("Peru and Peru voted. Ana Soto, who was sworn in on Sunday as the country's ninth "
                "president, spoke.");
        CHECK(has(facts(d), "Ana Soto -holds-office-> President (Peru)"));
        // A clause without "as <title>", or a title after the clause, gives no post.
        const auto e = run("Peru voted. Ana Soto, who met the press, praised the President.");
        for (const auto& f : facts(e)) CHECK(f.find("holds-office") == std::string::npos);
    }

    TEST_CASE("persons: an apposition's title may follow a tenure or ordinal modifier") {
        const auto d = run("Peru and Peru voted. Luis Salas, the two-term president, retired.");
        CHECK(has(facts(d), "Luis Salas -holds-office-> President (Peru)"));
    }

    TEST_CASE("persons: 'the President of the Republic of X, Name' is an apposition") {
        const auto d =
            run("It awaits the signature of the President of the Republic of Peru, "
                "Luis Salas Rojas.");
        CHECK(has(facts(d), "Luis Salas Rojas -holds-office-> President (Peru)"));
    }

    TEST_CASE("persons: 'President of the Republic of X Name' gives the name X's post") {
        const auto d =
            run("Present were President of the Republic of Chile Ana Soto and Prime "
                "Minister of Peru Luis Salas.");
        CHECK(has(facts(d), "Ana Soto -holds-office-> President (Chile)"));
        CHECK(has(facts(d), "Luis Salas -holds-office-> Prime Minister (Peru)"));
        // One capitalized word after the country is no name.
        CHECK(labels(run("The President of Chile Monday spoke."), MentionKind::person).empty());
    }

    TEST_CASE("persons: a full name after a country's possessive is a person, no post") {
        const auto d = run("The talks brought together Chile's Ana Soto and Peru's Luis Salas.");
        CHECK(labels(d, MentionKind::person) == std::vector<std::string>{"Ana Soto", "Luis Salas"});
        for (const auto& f : facts(d)) CHECK(f.find("holds-office") == std::string::npos);
        // A single word, or a body's name, after the possessive is no person.
        CHECK(labels(run("Chile's Soto spoke of Peru's National Congress."), MentionKind::person)
                  .empty());
    }

    TEST_CASE("persons: 'took office as <body> <title>' gives the body's post") {
        const auto d = run("Ana Soto took office as NATO secretary general.");
        CHECK(
            has(facts(d),
                "Ana Soto -holds-office-> Secretary General (North Atlantic Treaty Organization)"));
        const auto e = run("Peru and Peru voted. Luis Salas returned as prime minister.");
        CHECK(has(facts(e), "Luis Salas -holds-office-> Prime Minister (Peru)"));
    }

    TEST_CASE("persons: 'leader', 'Prince' and 'Sir' before a name give a person, no post") {
        const auto d = run("Peruvian leader Luis Salas met Prince Ana Soto and Sir Jon Rask.");
        const auto p = labels(d, MentionKind::person);
        CHECK(std::count(p.begin(), p.end(), "Luis Salas") == 1);
        CHECK(std::count(p.begin(), p.end(), "Ana Soto") == 1);
        CHECK(std::count(p.begin(), p.end(), "Jon Rask") == 1);
        for (const auto& f : facts(d)) CHECK(f.find("holds-office") == std::string::npos);
    }

    TEST_CASE("persons: 'the defence ministers of A and B, X and Y,' give each their post") {
        const auto d =
            run("The defence ministers of Chile and Peru, Ana Soto and Luis Salas, met.");
        CHECK(has(facts(d), "Ana Soto -holds-office-> Minister of Defense (Chile)"));
        CHECK(has(facts(d), "Luis Salas -holds-office-> Minister of Defense (Peru)"));
        // Counts that differ, or no countries, give the people without posts.
        const auto e = run("Their foreign ministers, Ana Soto and Luis Salas, spoke.");
        const auto p = labels(e, MentionKind::person);
        CHECK(std::count(p.begin(), p.end(), "Ana Soto") == 1);
        CHECK(std::count(p.begin(), p.end(), "Luis Salas") == 1);
        for (const auto& f : facts(e)) CHECK(f.find("holds-office") == std::string::npos);
        // One name is no list.
        CHECK(
            persons_by(run("The foreign ministers, Ana Soto among them, met."), "plural_title_list")
                .empty());
    }

    TEST_CASE(
        "persons: 'the ministers for foreign affairs of the two countries, X of A and Y of "
        "B,' give each their country's post") {
        const auto d =
            run("It was signed by the then Ministers for Foreign Affairs of the two "
                "countries, Ana Soto of Chile and Luis Salas of Peru.");
        CHECK(has(facts(d), "Ana Soto -holds-office-> Minister of Foreign Affairs (Chile)"));
        CHECK(has(facts(d), "Luis Salas -holds-office-> Minister of Foreign Affairs (Peru)"));
        // Only one name says its country: no respective reading, no posts.
        const auto e =
            run("The foreign ministers of the two countries, Ana Soto of Chile and Luis "
                "Salas, met.");
        for (const auto& f : facts(e)) CHECK(f.find("holds-office") == std::string::npos);
        // A capitalized word after "of" is not skipped as if it named no country.
        CHECK(persons_by(
                  run("The foreign ministers of the Andean Pact, Ana Soto and Luis Salas, met."),
                  "plural_title_list")
                  .empty());
    }

    TEST_CASE("persons: 'his Chilean counterpart, Foreign Minister X' is Chile's minister") {
        const auto d =
            run("Peru and Peru agreed. Luis Salas spoke with his Chilean counterpart, "
                "Foreign Minister Ana Soto, on Friday.");
        CHECK(has(facts(d), "Ana Soto -holds-office-> Minister of Foreign Affairs (Chile)"));
    }

    TEST_CASE("persons: an apposition's title chain gives every post") {
        const auto d =
            run("Ana Soto, the Chilean Deputy Prime Minister and Minister of Defence, spoke.");
        CHECK(has(facts(d), "Ana Soto -holds-office-> Deputy Prime Minister (Chile)"));
        CHECK(has(facts(d), "Ana Soto -holds-office-> Minister of Defense (Chile)"));
    }

    TEST_CASE("persons: a wire credit line names its authors, without relations") {
        const auto d =
            run("Peru voted. (Reporting by Ana Soto in Lima and Jon Rask in New York; "
                "Editing by Luis Salas and Wire Lima desk)");
        const auto p = labels(d, MentionKind::person);
        CHECK(p == std::vector<std::string>{"Ana Soto", "Jon Rask", "Luis Salas"});
        CHECK(facts(d).empty());
        CHECK(labels(run("Editor: Mara Velt"), MentionKind::person) ==
              std::vector<std::string>{"Mara Velt"});
    }

    TEST_CASE("persons: a guessed post's country is not one its holder visits") {
        const auto d =
            run("LIMA, March 4 (Wire) - Chile and Chile pressed Peru. Prime Minister Luis Salas "
                "visited Lima last year.");
        CHECK(has(facts(d), "Luis Salas -holds-office-> Prime Minister (Chile)"));
        CHECK_FALSE(has(facts(d), "Luis Salas -holds-office-> Prime Minister (Peru)"));
    }

    TEST_CASE("persons: a guessed post's country uses the form of the title the text wrote") {
        // The US calls its foreign minister Secretary of State, so a "Foreign Minister" in a
        // story mostly about the US is the other country's.
        const auto d =
            run("The United States, the United States, the United States, Peru and Peru met. "
                "Foreign Minister Luis Salas signed.");
        CHECK(has(facts(d), "Luis Salas -holds-office-> Minister of Foreign Affairs (Peru)"));
        const auto e = run(
            "The United States and the United States and Peru met. Secretary of State Ana Rojas "
            "signed.");
        CHECK(has(facts(e), "Ana Rojas -holds-office-> Secretary of State (United States)"));
    }

    TEST_CASE(
        "persons: 'Chilean Foreign Minister A and Defense Minister B' share the country, "
        "two holders of one post do not") {
        const auto d = run(
            "Peru and Peru welcomed Chilean Foreign Minister Ana Rojas and Defense Minister Luis "
            "Salas.");
        CHECK(has(facts(d), "Luis Salas -holds-office-> Minister of Defense (Chile)"));
        const auto e = run(
            "Peru and Peru welcomed Chilean Defense Minister Ana Rojas and Defense Minister Luis "
            "Salas.");
        CHECK(!has(facts(e), "Luis Salas -holds-office-> Minister of Defense (Chile)"));
    }

    TEST_CASE("persons: a chain of two titles gives the person both posts") {
        const auto d = run("Peru's Deputy Prime Minister and Foreign Minister Luis Salas spoke.");
        const auto f = facts(d);
        CHECK(has(f, "Luis Salas -holds-office-> Deputy Prime Minister (Peru)"));
        CHECK(has(f, "Luis Salas -holds-office-> Minister of Foreign Affairs (Peru)"));
    }

    TEST_CASE("persons: a title only one country uses overrides a guessed home country") {
        const auto d =
            run("LIMA, March 4 (Wire) - Peru hosted the United States. Secretary of State John Doe "
                "met Foreign Minister Luis Salas.");
        const auto f = facts(d);
        CHECK(has(f, "John Doe -holds-office-> Secretary of State (United States)"));
        CHECK(has(f, "Luis Salas -holds-office-> Minister of Foreign Affairs (Peru)"));
    }

    TEST_CASE("persons: a rank-prefixed name takes the title of its apposition") {
        const auto d = run("General Ana Rojas, the Chilean Defence Minister, arrived in Lima.");
        CHECK(has(facts(d), "Ana Rojas -holds-office-> Minister of Defense (Chile)"));
        // A rank with no apposition still gives no post.
        const auto bare = run("General Ana Rojas arrived in Lima with the Chilean delegation.");
        CHECK(labels(bare, MentionKind::person) == std::vector<std::string>{"Ana Rojas"});
        CHECK(labels(bare, MentionKind::office).empty());
    }

    TEST_CASE("persons: 'Name, <body> member and <title> of <country>' gives the title") {
        const auto d = run(
            "Luis Salas, Politburo member and Minister of National Defence of Peru, spoke today.");
        CHECK(has(facts(d), "Luis Salas -holds-office-> Minister of Defense (Peru)"));
        // A membership with no title after it is not an apposition that gives a post.
        const auto none = run("Luis Salas, Politburo member and Peru expert, spoke today.");
        CHECK(labels(none, MentionKind::office).empty());
    }

    TEST_CASE(
        "persons: a body's post takes the body after 'of the', else the body the text is "
        "about") {
        const auto of = run("General Ana Rojas, the Inspector General of the Bundeswehr, spoke.");
        CHECK(has(facts(of), "Ana Rojas -holds-office-> Inspector General (Bundeswehr)"));
        // A release about a body names it more than any country: its Secretary General.
        const auto home = kg::test::run(
            "NATO ministers met in Oslo. Secretary General Ana Rojas chaired the NATO session. "
            "NATO allies agreed. Peru observed NATO.");
        const auto f = facts(home);
        CHECK(has(f,
                  "Ana Rojas -holds-office-> Secretary General (North Atlantic Treaty "
                  "Organization)"));
        for (const auto& m : home.mentions)
            if (m.kind == MentionKind::office)
                CHECK(m.attrs.at("aliases") == "Secretary General (NATO)");
        // A body named once, or less than a country, owns no unqualified post.
        const auto once =
            run("Peru and Chile met in Lima. Secretary General Ana Rojas spoke of "
                "NATO. Peru agreed, Peru said.");
        CHECK(labels(once, MentionKind::office).empty());
    }

    TEST_CASE("persons: 'Title and Title, Name,' gives the name both posts") {
        const auto d =
            run("Rojas met Peru's Deputy Prime Minister and Minister for Defence, Ana Quispe, in "
                "Lima.");
        const auto f = facts(d);
        CHECK(has(f, "Ana Quispe -holds-office-> Deputy Prime Minister (Peru)"));
        CHECK(has(f, "Ana Quispe -holds-office-> Minister of Defense (Peru)"));
        // A list after the chain is no apposition.
        const auto list =
            run("Peru's Deputy Prime Minister and Minister for Defence, Lima Port and Andes Bank.");
        CHECK(labels(list, MentionKind::person).empty());
    }

    TEST_CASE(
        "persons: 'Name was sworn in as <title>' gives the post, and later surnames resolve") {
        const auto d = run_dated(
            "Peru has a new minister. Ana Rojas-Quispe of the Labour Party (LP) was sworn in as "
            "Defence Minister on Monday. Rojas-Quispe then met troops of Peru.",
            "2024-03-04");
        const auto f = facts(d);
        CHECK(has(f, "Ana Rojas-Quispe -holds-office-> Minister of Defense (Peru)"));
        CHECK(labels(d, MentionKind::person) ==
              std::vector<std::string>{"Ana Rojas-Quispe", "Ana Rojas-Quispe"});
        // Sworn in as nothing the gazetteer knows: a person only if something else says so.
        const auto mayor = run("Ana Rojas was sworn in as mayor on Monday.");
        CHECK(persons_by(mayor, "appointed").empty());
        CHECK(labels(mayor, MentionKind::office).empty());
    }

    TEST_CASE("persons: a person found by a succession is resolved in later sentences") {
        const auto d = run_dated(
            "Peruvian Defence Minister Luis Salas was sworn in on Monday, succeeding Ana "
            "Kramp-Rojas. Kramp-Rojas had resigned.",
            "2024-03-04");
        CHECK(has(labels(d, MentionKind::person), "Ana Kramp-Rojas"));
        std::size_t resolved = 0;
        for (const auto& m : d.mentions)
            if (m.kind == MentionKind::person && m.rule == "surname") {
                CHECK(m.label == "Ana Kramp-Rojas");
                ++resolved;
            }
        CHECK(resolved == 1);
    }

    TEST_CASE("persons: modifiers may stand before a demonym in an apposition") {
        const auto d = run("Tom Varga, the former Hungarian prime minister, arrived on Monday.");
        CHECK(has(facts(d), "Tom Varga -holds-office-> Prime Minister (Hungary)"));
    }

    TEST_CASE("persons: a royal title, one name and a regnal number give the monarch") {
        const auto d = run("Norway's King Olav VII opened the session.");
        CHECK(labels(d, MentionKind::person) == std::vector<std::string>{"Olav VII"});
        CHECK(has(facts(d), "Olav VII -holds-office-> King (Norway)"));
        // A single name without the number is no full name.
        CHECK(labels(run("Norway's King Olav opened the session."), MentionKind::person).empty());
    }

    TEST_CASE("persons: a full name followed by ', who' is a person without a post") {
        const auto d = run("The talks followed a visit by Tom Varga, who led the army until 2001.");
        CHECK(labels(d, MentionKind::person) == std::vector<std::string>{"Tom Varga"});
        CHECK(labels(d, MentionKind::office).empty());
        // A single word, or a run after a determiner, is not enough.
        CHECK(labels(run("He thanked Varga, who led the army."), MentionKind::person).empty());
        CHECK(labels(run("He thanked the Varga Institute, who hosted it."), MentionKind::person)
                  .empty());
    }

    TEST_CASE("persons: names joined by 'and' or a list to a person are persons") {
        const auto d =
            run("The pact was signed by Tavo Varga, Anso Soto and Peruvian President Luis Salas in "
                "2001.");
        CHECK(persons_by(d, "coordinated") == std::vector<std::string>{"Anso Soto", "Tavo Varga"});
        const auto fwd = run("Peruvian President Luis Salas and Anso Soto signed it.");
        CHECK(persons_by(fwd, "coordinated") == std::vector<std::string>{"Anso Soto"});
        // A comma alone joins no name to the person after it.
        CHECK(labels(run("In Puerto Nuevo, Peruvian President Luis Salas spoke."),
                     MentionKind::person) == std::vector<std::string>{"Luis Salas"});
    }

    TEST_CASE("persons: a later surname of several words is the person named in full") {
        const auto d =
            run("Peruvian President Luis Salas de la Vega met Ana Soto-Ruiz, who chairs the board. "
                "Salas de la Vega and Soto-Ruiz, who disagree, spoke.");
        for (const auto& m : d.mentions)
            if (m.kind == MentionKind::person)
                CHECK_MESSAGE((m.label == "Luis Salas de la Vega" || m.label == "Ana Soto-Ruiz"),
                              m.label);
    }

    TEST_CASE("persons: an unqualified King is the one monarchy's the article names, else none") {
        const auto d =
            run("Peru and Jordan held talks in Lima. Peru hosted them. King Tomas II of the host "
                "spoke, and King Tomas II praised Peru.");
        CHECK(has(facts(d), "Tomas II -holds-office-> King (Jordan)"));
        // Two monarchies named: no guess at all rather than a republic's "king".
        const auto two = run(
            "Peru, Jordan and Morocco held talks in Lima. Peru hosted them. King Tomas II spoke.");
        CHECK(labels(two, MentionKind::person) == std::vector<std::string>{"Tomas II"});
        CHECK(labels(two, MentionKind::office).empty());
    }

    TEST_CASE("persons: a past holder's qualified title does not rule out the guessed country") {
        const auto d =
            run("Peru and Chile signed a pact. Peru will host the talks. Prime Minister Luis Salas "
                "laid a wreath at the tomb of Peru's first prime minister.");
        CHECK(has(facts(d), "Luis Salas -holds-office-> Prime Minister (Peru)"));
        // A sitting holder named with a country still rules that country out.
        const auto now =
            run("Peru and Chile signed a pact. Peru will host the talks. Prime Minister Luis Salas "
                "met Peru's prime minister.");
        CHECK_FALSE(has(facts(now), "Luis Salas -holds-office-> Prime Minister (Peru)"));
    }

    TEST_CASE("persons: a run opening with a listed given or family name is a person") {
        // Given names first ("Maria"), family names first ("Wang"): no title needed.
        const auto d = run("Maria Kowalczyk went to Lima on Friday, and Wang Jianhua stayed.");
        CHECK(labels(d, MentionKind::person) ==
              std::vector<std::string>{"Maria Kowalczyk", "Wang Jianhua"});
        CHECK(labels(d, MentionKind::office).empty());
        // Not after a determiner, not when more capitalized words follow, not a name unlisted.
        CHECK(labels(run("They met at the Maria Kowalczyk Centre."), MentionKind::person).empty());
        CHECK(
            labels(run("They met at Maria Kowalczyk Airport Hotel."), MentionKind::person).empty());
        CHECK(labels(run("Zorblax Kowalczyk went to Lima."), MentionKind::person).empty());
    }

    TEST_CASE("persons: 'Country, whose <title>, Name,' gives the post in that country") {
        const auto d =
            run("The next meeting will be held in Peru, whose prime minister, Luis "
                "Salas, took office in May.");
        CHECK(has(facts(d), "Luis Salas -holds-office-> Prime Minister (Peru)"));
    }

    TEST_CASE("persons: a demonym of a state in free association is its country") {
        const auto d = run("The post went to Cook Islander Henry Tua, a former minister.");
        CHECK(labels(d, MentionKind::person) == std::vector<std::string>{"Henry Tua"});
        CHECK(labels(d, MentionKind::country) == std::vector<std::string>{"Cook Islands"});
    }
}
