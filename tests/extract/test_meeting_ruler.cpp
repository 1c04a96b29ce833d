#include <doctest/doctest.h>

#include "extract_fixtures.hpp"

namespace {
struct Result {
    std::vector<std::string> meetings;   // labels of meeting_ruler's meetings
    std::vector<std::string> relations;  // "head -type-> tail" for relations to them
};

Result run(const std::string& text, const std::string& date) {
    const auto d = kg::test::run_dated(text, date);
    Result r;
    for (const auto& m : d.mentions)
        if (m.kind == kg::extract::MentionKind::meeting && m.rule == "meeting_ruler")
            r.meetings.push_back(m.label);
    const auto ours = [&](std::size_t m) {
        return d.mentions[m].rule == "meeting_ruler" &&
               d.mentions[m].kind == kg::extract::MentionKind::meeting;
    };
    for (const auto& rel : d.relations)
        if (ours(rel.head) || ours(rel.tail))
            r.relations.push_back(d.mentions[rel.head].label + " -" + rel.type + "-> " +
                                  d.mentions[rel.tail].label);
    return r;
}
using V = std::vector<std::string>;
using kg::test::has;
}  // namespace

TEST_SUITE("extract/meeting_ruler") {
    TEST_CASE("meeting_ruler: a phrase with its countries and date names one meeting") {
        const auto r =
            run("Trade came up at the March 3 Chile-Peru summit, officials said.", "2024-03-10");
        CHECK(r.meetings == V{"Chile-Peru Summit 2024-03-03"});
        CHECK(has(r.relations, "Chile -attended-> Chile-Peru Summit 2024-03-03"));
        CHECK(has(r.relations, "Peru -attended-> Chile-Peru Summit 2024-03-03"));
    }

    TEST_CASE("meeting_ruler: 'A will meet B on Friday' is bilateral talks the two co-chair") {
        // 2024-03-04 was a Monday.
        const auto r = run(
            "Chilean Defense Minister Ana Rojas will meet Peruvian Defense Minister Luis Salas on "
            "Friday in Lima.",
            "2024-03-04");
        CHECK(r.meetings == V{"Chile-Peru Defense Ministerial Talks 2024-03-08"});
        CHECK(has(r.relations,
                  "Ana Rojas -co-chaired-> Chile-Peru Defense Ministerial Talks 2024-03-08"));
        CHECK(has(r.relations,
                  "Luis Salas -co-chaired-> Chile-Peru Defense Ministerial Talks 2024-03-08"));
    }

    TEST_CASE("meeting_ruler: 'A and B met' and 'A held talks with B' are bilateral talks") {
        const std::string intro =
            "Chilean Foreign Minister Ana Rojas and Peruvian Foreign Minister Luis Salas arrived. ";
        const auto met = run(intro + "Rojas and Salas met in Lima on Friday.", "2024-03-04");
        CHECK(met.meetings == V{"Chile-Peru Foreign Ministerial Talks 2024-03-01"});
        CHECK(
            has(met.relations, "Chile-Peru Foreign Ministerial Talks 2024-03-01 -held-in-> Peru"));
        CHECK(run(intro + "On Tuesday, Salas held separate talks in Lima with Rojas.", "2024-03-04")
                  .meetings == V{"Peru-Chile Foreign Ministerial Talks 2024-02-27"});
        CHECK(run(intro + "Rojas and Salas spoke about trade.", "2024-03-04").meetings.empty());
    }

    TEST_CASE("meeting_ruler: a surname resolved later than the other name still meets it") {
        // "Rojas" is added by person_resolver after person_ruler found "Luis Salas": the ruler
        // must read the sentence in text order, not in the order mentions were found.
        const auto r =
            run("Chilean Defense Minister Ana Rojas spoke. Rojas will meet Peruvian "
                "Defense Minister Luis Salas on Friday.",
                "2024-03-04");
        CHECK(r.meetings == V{"Chile-Peru Defense Ministerial Talks 2024-03-08"});
    }

    TEST_CASE("meeting_ruler: a phrase that names its participants is not the named meeting") {
        const auto r =
            run("At the 4th Andes Security Dialogue, officials recalled the Chile-Peru "
                "summit this year.",
                "2024-03-04");
        CHECK(r.meetings == V{"Chile-Peru Summit 2024"});
    }

    TEST_CASE("meeting_ruler: participants of a trilateral phrase come from the office holders") {
        const auto r =
            run("Chilean Defence Minister Ana Rojas and Peruvian Defence Minister Luis Salas will "
                "hold a "
                "trilateral defence ministers' meeting with Bolivian Defence Minister Eva Quispe.",
                "2024-03-04");
        REQUIRE(r.meetings.size() == 1);
        CHECK(r.meetings[0] == "Chile-Peru-Bolivia Trilateral Defence Ministerial Meeting 2024-03");
    }

    TEST_CASE("meeting_ruler: a summit is chaired by leaders, not by ministers in the sentence") {
        const auto r =
            run("Chilean Defense Minister Ana Rojas will follow up the May 2 Chile-Peru summit.",
                "2024-06-04");
        CHECK(r.meetings == V{"Chile-Peru Summit 2024-05-02"});
        for (const auto& rel : r.relations) CHECK(rel.find("co-chaired") == std::string::npos);
    }

    TEST_CASE("meeting_ruler: no meeting without two participants or beside a named meeting") {
        CHECK(run("The meeting ended early, the ministry said.", "2024-03-04").meetings.empty());
        CHECK(run("The Chilean summit was cancelled.", "2024-03-04").meetings.empty());
        CHECK(run("Chile and Peru will hold the 4th Andes Security Dialogue, their first "
                  "in-person talks.",
                  "2024-03-04")
                  .meetings.empty());
        // A minister meeting a citizen is not a meeting between states.
        CHECK(
            run("Chilean Defense Minister Ana Rojas will meet Luis Salas on Friday.", "2024-03-04")
                .meetings.empty());
    }

    TEST_CASE("meeting_ruler: 'the defense chiefs met' is talks of the document's two ministers") {
        const std::string intro =
            "Chilean Defense Minister Ana Rojas will visit Peruvian Defense Minister Luis Salas. ";
        const auto r = run(intro + "The defense chiefs met for the first time on March 1 in Lima.",
                           "2024-03-10");
        CHECK(r.meetings == V{"Chile-Peru Defense Ministerial Talks 2024-03-01"});
        CHECK(has(r.relations,
                  "Ana Rojas -co-chaired-> Chile-Peru Defense Ministerial Talks 2024-03-01"));
        CHECK(has(r.relations,
                  "Luis Salas -co-chaired-> Chile-Peru Defense Ministerial Talks 2024-03-01"));
        CHECK(has(r.relations, "Chile-Peru Defense Ministerial Talks 2024-03-01 -held-in-> Peru"));
    }

    TEST_CASE("meeting_ruler: 'the foreign ministers of A and B will meet' names its countries") {
        const auto r =
            run("The foreign ministers of Chile and Peru will meet on Friday.", "2024-03-04");
        CHECK(r.meetings == V{"Chile-Peru Foreign Ministerial Talks 2024-03-08"});
        CHECK(
            has(r.relations, "Chile -attended-> Chile-Peru Foreign Ministerial Talks 2024-03-08"));
    }

    TEST_CASE("meeting_ruler: a group meeting on the sidelines of a named one attended it") {
        const auto r = run(
            "Chilean Defense Minister Ana Rojas and Peruvian Defense Minister Luis Salas arrived. "
            "The defense chiefs met on March 1 on the sidelines of the Andes Security Dialogue.",
            "2024-03-10");
        CHECK(r.meetings == V{"Chile-Peru Defense Ministerial Talks 2024-03-01"});
        // The named dialogue is pattern_ruler's: look in all the document's facts.
        const auto d = kg::test::run_dated(
            "Chilean Defense Minister Ana Rojas and Peruvian Defense Minister Luis Salas arrived. "
            "The defense chiefs met on March 1 on the sidelines of the Andes Security Dialogue.",
            "2024-03-10");
        CHECK(has(kg::test::facts(d), "Ana Rojas -attended-> Andes Security Dialogue 2024"));
    }

    TEST_CASE("meeting_ruler: 'the defence ministers of A and B, X and Y, met' is their meeting") {
        const auto d = kg::test::run_dated(
            "On 19 January this year the defence ministers of Chile and Peru, Ana Rojas and Luis "
            "Salas, met in Lima.",
            "2024-10-14");
        const auto f = kg::test::facts(d);
        CHECK(has(f, "Ana Rojas -co-chaired-> Chile-Peru Defence Ministerial Talks 2024-01-19"));
        CHECK(has(f, "Luis Salas -co-chaired-> Chile-Peru Defence Ministerial Talks 2024-01-19"));
    }

    TEST_CASE("meeting_ruler: 'A and B held a bilateral meeting' keeps the head it wrote") {
        CHECK(run("Chilean Defense Minister Ana Rojas and Peruvian Defense Minister Luis Salas "
                  "held a short bilateral meeting on Friday.",
                  "2024-03-10")
                  .meetings == V{"Chile-Peru Defense Ministerial Meeting 2024-03-08"});
        // A hold verb with no head word after it is no meeting.
        CHECK(run("Chilean Defense Minister Ana Rojas and Peruvian Defense Minister Luis Salas "
                  "held a press conference on Friday.",
                  "2024-03-10")
                  .meetings.empty());
    }

    TEST_CASE("meeting_ruler: 'A met B on the sidelines of' a named meeting is talks beside it") {
        const std::string text =
            "Chilean Defense Minister Ana Rojas met Peruvian Defense Minister Luis Salas on "
            "Friday on the sidelines of the 4th Andes Security Dialogue.";
        CHECK(run(text, "2024-03-10").meetings ==
              V{"Chile-Peru Defense Ministerial Talks 2024-03-08"});
        const auto f = kg::test::facts(kg::test::run_dated(text, "2024-03-10"));
        CHECK(has(f, "Ana Rojas -attended-> 4th Andes Security Dialogue"));
        CHECK(has(f, "Luis Salas -attended-> 4th Andes Security Dialogue"));
        // Without a sideline word the meeting the sentence names is the one they met at.
        CHECK(run("Chilean Defense Minister Ana Rojas met Peruvian Defense Minister Luis Salas at "
                  "the 4th Andes Security Dialogue.",
                  "2024-03-10")
                  .meetings.empty());
    }

    TEST_CASE(
        "meeting_ruler: a group subject with no kind or no date beside a numbered meeting "
        "gives no meeting") {
        // "the ministers": of what, the text does not say.
        CHECK(run("The ministers of Chile and Peru met on Friday.", "2024-03-04").meetings.empty());
        // An undated "will meet" in an article about the 5th Dialogue is that dialogue.
        CHECK(run("The defense ministers of Chile and Peru will meet next week for the 5th "
                  "Chile-Peru Defense Dialogue.",
                  "2024-03-04")
                  .meetings.empty());
    }

    TEST_CASE(
        "meeting_ruler: a dated meeting of a named body discussed it, and undated gives none") {
        const auto r =
            run("The last meeting of the Andean Maritime Consultation Group between Chilean and "
                "Peruvian officials was held in January 2018.",
                "2024-03-04");
        CHECK(r.meetings == V{"Andean Maritime Consultation Group Meeting 2018-01"});
        CHECK(has(r.relations,
                  "Andean Maritime Consultation Group Meeting 2018-01 -discussed-> "
                  "Andean Maritime Consultation Group"));
        CHECK(has(r.relations,
                  "Peru -attended-> Andean Maritime Consultation Group Meeting 2018-01"));
        CHECK(
            run("They want a meeting of the Andean Maritime Consultation Group soon.", "2024-03-04")
                .meetings.empty());
    }

    TEST_CASE(
        "meeting_ruler: a described meeting takes the document's spelling and has its other "
        "names as aliases") {
        const auto aliases_of = [](const kg::extract::Document& d) {
            for (const auto& m : d.mentions)
                if (m.kind == kg::extract::MentionKind::meeting && m.rule == "meeting_ruler")
                    return m.attrs.count("aliases") ? m.attrs.at("aliases") : std::string();
            return std::string("(no meeting)");
        };
        // A document that writes "defence" more often: Defence in the name; the alphabetical
        // order and the "Ministers'" form as aliases, with the final date.
        const auto uk = kg::test::run_dated(
            "Peruvian Defence Minister Luis Salas spoke on defence. Salas will meet Chilean "
            "Defence Minister Ana Rojas on Friday.",
            "2024-03-04");
        CHECK(kg::test::labels(uk, kg::extract::MentionKind::meeting) ==
              V{"Peru-Chile Defence Ministerial Talks 2024-03-08"});
        CHECK(aliases_of(uk) ==
              "Peru-Chile Defence Ministers' Talks 2024-03-08|Chile-Peru Defence Ministerial Talks "
              "2024-03-08|Chile-Peru Defence Ministers' Talks 2024-03-08");
        // US spelling stays; participants already in order give no reordered alias.
        const auto us = kg::test::run_dated(
            "Chilean Defense Minister Ana Rojas will meet Peruvian Defense Minister Luis Salas on "
            "Friday.",
            "2024-03-04");
        CHECK(kg::test::labels(us, kg::extract::MentionKind::meeting) ==
              V{"Chile-Peru Defense Ministerial Talks 2024-03-08"});
        CHECK(aliases_of(us) == "Chile-Peru Defense Ministers' Talks 2024-03-08");
        // A summit has no other form of its kind and no other order: no aliases.
        CHECK(aliases_of(kg::test::run_dated("Trade came up at the March 3 Chile-Peru summit.",
                                             "2024-03-10")) == "");
    }

    TEST_CASE("meeting_ruler: 'A, <apposition>, today held talks with B' dates the talks today") {
        const auto r = run(
            "Ana Rojas, the Chilean Defense Minister, today held talks in Lima with Luis Salas, "
            "the Peruvian Defense Minister, who visits Peru from 8 to 10 March.",
            "2024-03-04");
        CHECK(r.meetings == V{"Chile-Peru Defense Ministerial Talks 2024-03-04"});
        CHECK(has(r.relations,
                  "Ana Rojas -co-chaired-> Chile-Peru Defense Ministerial Talks 2024-03-04"));
        CHECK(has(r.relations,
                  "Luis Salas -co-chaired-> Chile-Peru Defense Ministerial Talks 2024-03-04"));
        // Past the apposition the verb must still come: no talks without one.
        CHECK(run("Ana Rojas, the Chilean Defense Minister, praised Luis Salas, the Peruvian "
                  "Defense Minister.",
                  "2024-03-04")
                  .meetings.empty());
    }

    TEST_CASE(
        "meeting_ruler: a body's ministers meeting is the body's meeting, chaired as the "
        "text says") {
        const auto r =
            run("The ASEAN defence ministers met in Jakarta on Friday for a meeting chaired by "
                "Indonesian Defence Minister Ana Rojas.",
                "2024-03-04");
        CHECK(r.meetings == V{"ASEAN Defence Ministerial Meeting 2024-03-01"});
        CHECK(has(r.relations,
                  "ASEAN Defence Ministerial Meeting 2024-03-01 -discussed-> "
                  "Association of Southeast Asian Nations"));
        CHECK(
            has(r.relations, "ASEAN Defence Ministerial Meeting 2024-03-01 -held-in-> Indonesia"));
        CHECK(has(r.relations,
                  "Ana Rojas -co-chaired-> ASEAN Defence Ministerial Meeting 2024-03-01"));
        // The chair's post is Indonesia's: Indonesia took part, the body did not "attend".
        CHECK(!has(r.relations,
                   "Association of Southeast Asian Nations -attended-> ASEAN Defence "
                   "Ministerial Meeting 2024-03-01"));
        // Ministers of no stated kind: no meeting.
        CHECK(run("The ASEAN ministers met on Friday.", "2024-03-04").meetings.empty());
    }

    TEST_CASE(
        "meeting_ruler: three countries' ministers hold a meeting, and a body's meeting at the "
        "same place and time is that one") {
        const auto three =
            run("The defence ministers of Chile, Peru and Brazil met in Lima on "
                "Friday.",
                "2024-03-04");
        CHECK(three.meetings == V{"Chile-Peru-Brazil Defence Ministerial Meeting 2024-03-01"});
        const auto merged = run(
            "ASEAN defence ministers meet in Jakarta\n\nThe defence ministers of Chile, Peru and "
            "Brazil met in Jakarta on Friday.",
            "2024-03-04");
        CHECK(merged.meetings == V{"ASEAN Defence Ministerial Meeting 2024-03-01",
                                   "ASEAN Defence Ministerial Meeting 2024-03-01"});
        CHECK(
            has(merged.relations, "Peru -attended-> ASEAN Defence Ministerial Meeting 2024-03-01"));
        // Another venue: two meetings.
        const auto apart = run(
            "ASEAN defence ministers meet in Jakarta\n\nThe defence ministers of Chile, Peru and "
            "Brazil met in Lima on Friday.",
            "2024-03-04");
        CHECK(apart.meetings == V{"ASEAN Defence Ministerial Meeting 2024",
                                  "Chile-Peru-Brazil Defence Ministerial Meeting 2024-03-01"});
    }

    TEST_CASE("meeting_ruler: a minister meeting a head of government is no meeting of peers") {
        const std::string intro =
            "Chilean Foreign Minister Ana Rojas arrived. Peruvian Prime Minister Luis Salas "
            "spoke. Peruvian Foreign Minister Rosa Diaz spoke. ";
        CHECK(run(intro + "Rojas met Salas on Friday.", "2024-03-04").meetings.empty());
        CHECK(run(intro + "Rojas met Diaz on Friday.", "2024-03-04").meetings ==
              V{"Chile-Peru Foreign Ministerial Talks 2024-03-01"});
    }

    TEST_CASE(
        "meeting_ruler: 'their fifth \"2+2\" talks' is the numbered 2+2 of the "
        "sentence's two countries") {
        const auto r =
            run("Chile and Peru agreed on Friday, as their ministers met in Lima for their fifth "
                "\"2+2\" talks.",
                "2024-03-04");
        CHECK(r.meetings == V{"5th Chile-Peru 2+2"});
        CHECK(has(r.relations, "Chile -attended-> 5th Chile-Peru 2+2"));
        CHECK(has(r.relations, "Peru -attended-> 5th Chile-Peru 2+2"));
        const auto d = kg::test::run_dated(
            "Chile and Peru agreed on Friday, as their ministers met in Lima for their fifth "
            "\"2+2\" talks.",
            "2024-03-04");
        for (const auto& m : d.mentions)
            if (m.kind == kg::extract::MentionKind::meeting)
                CHECK(m.attrs.at("aliases") == "5th Chile-Peru 2+2 Talks");
        // An ordinal without a format pins nothing: "their fifth talks" names no meeting.
        CHECK(run("Chile and Peru agreed on Friday, as their ministers met in Lima for their "
                  "fifth talks.",
                  "2024-03-04")
                  .meetings.empty());
    }

    TEST_CASE("meeting_ruler: a meeting of more states than max_parties gets no composed name") {
        CHECK(run("The foreign ministers of Chile, Peru and Bolivia will meet on Friday.",
                  "2024-03-04")
                  .meetings.size() == 1);
        CHECK(run("The foreign ministers of Chile, Peru, Bolivia, Ecuador and Colombia will meet "
                  "on Friday.",
                  "2024-03-04")
                  .meetings.empty());
    }
}
