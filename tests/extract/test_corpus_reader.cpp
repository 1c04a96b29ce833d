#include <doctest/doctest.h>

#include <fstream>

#include "extract/corpus_builder.hpp"
#include "extract/corpus_reader.hpp"
#include "extract_fixtures.hpp"
#include "util/error.hpp"

using namespace kg::extract;

namespace {
void write(const std::filesystem::path& p, const std::string& s) {
    std::ofstream(p, std::ios::binary) << s;
}

bool mentions(const BuildReport& r, const std::string& input_part,
              const std::string& message_part) {
    for (const auto& d : r.diagnostics)
        if (d.input.find(input_part) != std::string::npos &&
            d.message.find(message_part) != std::string::npos)
            return true;
    return false;
}
}  // namespace

TEST_SUITE("extract/corpus_reader") {
    TEST_CASE("corpus_reader: a folder is read in file-name order with manifest fields") {
        const auto dir = kg::test::scratch_dir("corpus-manifest");
        write(dir / "b.txt", "Second article.");
        write(dir / "a.txt", "First article.");
        write(dir / "notes.md", "not an article");
        write(dir / "manifest.json",
              R"([{"file": "a.txt", "date": "2024-05-06", "source": "Wire", "title": "A"},
                  {"file": "gone.txt", "date": "2024-01-01"},
                  {"file": "b.txt", "date": 2024}])");
        BuildReport r;
        const auto a = read_corpus({dir}, kg::test::lexicon()->rules(), r);
        REQUIRE(a.size() == 2);
        CHECK(a[0].info == kg::DocumentInfo{"a.txt", "2024-05-06", "Wire", "A"});
        CHECK(a[1].info.file == "b.txt");
        CHECK(a[1].info.date.empty());
        CHECK(mentions(r, "manifest.json", "gone.txt"));
        CHECK(mentions(r, "manifest.json", "'date' is not a string"));
    }

    TEST_CASE("corpus_reader: bad articles are skipped with a diagnostic saying why") {
        const auto dir = kg::test::scratch_dir("corpus-bad");
        write(dir / "1-empty.txt", "  \n\t ");
        write(dir / "2-binary.txt", std::string("abc\0def", 7));
        write(dir / "3-latin1.txt", "caf\xE9 au lait");
        write(dir / "4-html.txt", "  <!DOCTYPE html><html></html>");
        write(dir / "5-good.txt", "A fine article.");
        BuildReport r;
        const auto a = read_corpus({dir}, kg::test::lexicon()->rules(), r);
        REQUIRE(a.size() == 1);
        CHECK(a[0].info.file == "5-good.txt");
        CHECK(r.documents_skipped == 4);
        CHECK(mentions(r, "1-empty.txt", "empty"));
        CHECK(mentions(r, "2-binary.txt", "NUL byte at offset 3"));
        CHECK(mentions(r, "3-latin1.txt", "invalid UTF-8 at byte offset 3"));
        CHECK(mentions(r, "4-html.txt", "HTML"));
    }

    TEST_CASE("corpus_reader: a broken manifest is a diagnostic and the articles are still read") {
        const auto dir = kg::test::scratch_dir("corpus-broken-manifest");
        write(dir / "a.txt", "Text.");
        write(dir / "manifest.json", "[{\"file\": ");
        BuildReport r;
        CHECK(read_corpus({dir}, kg::test::lexicon()->rules(), r).size() == 1);
        CHECK(mentions(r, "manifest.json", "ignored"));
    }

    TEST_CASE(
        "corpus_reader: a missing input or an input with no usable article is an InputError") {
        const auto dir = kg::test::scratch_dir("corpus-all-bad");
        write(dir / "x.txt", "");
        BuildOptions o;
        o.ontology_dir = kg::test::source_dir() / "ontology";
        BuildReport r;
        CHECK_THROWS_WITH_AS(build_graph({dir}, kg::test::ontology(), o, r),
                             doctest::Contains(dir.string().c_str()), kg::InputError);
        CHECK_THROWS_WITH_AS(build_graph({dir / "nope"}, kg::test::ontology(), o, r),
                             doctest::Contains("nope"), kg::InputError);
    }

    TEST_CASE("corpus_reader: BOM and CRLF are fine and spans point into the original bytes") {
        const auto dir = kg::test::scratch_dir("corpus-bom");
        const std::string text =
            "\xEF\xBB\xBFHeadline\r\n\r\nSpanish Prime Minister Eva Ruiz spoke.\r\n";
        write(dir / "a.txt", text);
        BuildOptions o;
        o.ontology_dir = kg::test::source_dir() / "ontology";
        BuildReport r;
        const auto kg = build_graph({dir / "a.txt"}, kg::test::ontology(), o, r);
        const auto v = kg.find("person:eva-ruiz");
        REQUIRE(v);
        const auto& ev = kg.graph()[*v].evidence.at(0);
        CHECK(text.substr(ev.span.begin, ev.span.end - ev.span.begin) == "Eva Ruiz");
        CHECK(ev.quote == "Spanish Prime Minister Eva Ruiz spoke.");
        CHECK(ev.sentence == 1);
        CHECK(kg.find("office:prime-minister-spain"));
    }

    TEST_CASE("corpus_reader: without a manifest the date comes from a 'Published' line") {
        CHECK(date_from_text("Wire\nPublished : Nov. 9, 2023 - 15:29\nText",
                             kg::test::lexicon()->rules()) == "2023-11-09");
        CHECK(date_from_text("LIMA, March 3 (Wire) -- no year here", kg::test::lexicon()->rules())
                  .empty());
    }
}

TEST_SUITE("extract/corpus_reader") {
    TEST_CASE("corpus_reader: a user gazetteer adds names the build recognizes") {
        const auto dir = kg::test::scratch_dir("corpus-user-gazetteer");
        write(dir / "a.txt", "The Harbor Guild met. HG members cheered.");
        write(dir / "extra.tsv", "# mine\nOrganization\tHarbor Guild\tHG\n");
        BuildOptions o;
        o.ontology_dir = kg::test::source_dir() / "ontology";
        o.gazetteers = {dir / "extra.tsv"};
        BuildReport r;
        const auto kg = build_graph({dir / "a.txt"}, kg::test::ontology(), o, r);
        const auto v = kg.find("organization:harbor-guild");
        REQUIRE(v);
        CHECK(kg.graph()[*v].evidence.size() == 2);
        CHECK(kg.graph()[*v].aliases == std::vector<std::string>{"HG"});
        write(dir / "bad.tsv", "Organization\n");
        o.gazetteers = {dir / "bad.tsv"};
        CHECK_THROWS_WITH_AS(build_graph({dir / "a.txt"}, kg::test::ontology(), o, r),
                             doctest::Contains("bad.tsv:1"), kg::OntologyError);
    }
}

TEST_SUITE("extract/corpus_reader") {
    TEST_CASE(
        "corpus_reader: an article a component fails on is skipped with a diagnostic, not a "
        "crash") {
        namespace fs = std::filesystem;
        const auto dir = kg::test::scratch_dir("corpus-component-error");
        const auto onto = dir / "ontology";
        fs::copy(kg::test::source_dir() / "ontology", onto, fs::copy_options::recursive);
        // pattern_ruler refuses to run once relations exist: put it after office_linker.
        std::ofstream(onto / "pipeline.json", std::ios::trunc) << R"({
          "gazetteers": [{"file": "gazetteers/countries.tsv", "type": "Country"},
                         {"file": "gazetteers/titles.tsv", "type": "Title"}],
          "components": [{"name": "sentence_splitter"}, {"name": "gazetteer_ruler"},
                         {"name": "person_ruler"}, {"name": "office_linker"}, {"name": "pattern_ruler"}]})";
        write(dir / "a.txt", "Spanish Prime Minister Eva Ruiz spoke.");
        write(dir / "b.txt", "Nothing to see here.");
        BuildOptions o;
        o.ontology_dir = onto;
        BuildReport r;
        const auto kg = build_graph({dir / "a.txt", dir / "b.txt"}, kg::test::ontology(), o, r);
        CHECK(r.documents_read == 1);
        CHECK(r.documents_skipped == 1);
        CHECK(mentions(r, "a.txt", "extraction failed"));
        CHECK(kg.documents().size() == 1);
        CHECK(kg.documents()[0].file == "b.txt");
        BuildReport r2;
        CHECK_THROWS_AS(build_graph({dir / "a.txt"}, kg::test::ontology(), o, r2), kg::InputError);
    }
}

TEST_SUITE("extract/corpus_reader/big-files") {
    // Small limits stand in for the real 64 MiB / 8 MiB, so the test writes kilobytes, not GiB.
    ReadOptions small_parts() {
        ReadOptions o;
        o.whole_file = 1000;
        o.part = 400;
        return o;
    }

    std::string paragraphs(int n) {
        std::string s;
        for (int i = 0; i < n; ++i)
            s += "Paragraph " + std::to_string(i) + " says something plain.\nSecond line.\n\n";
        return s;
    }

    TEST_CASE("corpus_reader: a file over the limit is read in parts cut at paragraph breaks") {
        const auto dir = kg::test::scratch_dir("corpus-parts");
        const std::string text = paragraphs(40);  // about 2.5 kB
        write(dir / "dump.txt", text);
        BuildReport r;
        const auto a = read_corpus({dir}, kg::test::lexicon()->rules(), r, small_parts());
        REQUIRE(a.size() == (text.size() + 399) / 400);
        CHECK(r.documents_skipped == 0);
        std::string joined;
        for (std::size_t i = 0; i < a.size(); ++i) {
            CHECK(a[i].info.file ==
                  "dump.txt#part=" + std::to_string(i + 1) + "/" + std::to_string(a.size()));
            if (i > 0) CHECK(a[i].bytes.starts_with("Paragraph "));  // never mid-paragraph
            joined += a[i].bytes;
        }
        CHECK(joined == text);  // nothing lost, nothing read twice
    }

    TEST_CASE("corpus_reader: a file at the limit is still one article") {
        const auto dir = kg::test::scratch_dir("corpus-parts-limit");
        write(dir / "one.txt", std::string(999, 'a') + "\n");
        BuildReport r;
        const auto a = read_corpus({dir}, kg::test::lexicon()->rules(), r, small_parts());
        REQUIRE(a.size() == 1);
        CHECK(a[0].info.file == "one.txt");
    }

    TEST_CASE("corpus_reader: a bad part of a big file is skipped and the other parts are read") {
        const auto dir = kg::test::scratch_dir("corpus-parts-bad");
        std::string text = paragraphs(40);
        text[1500] = '\0';
        write(dir / "dump.txt", text);
        BuildReport r;
        const auto a = read_corpus({dir}, kg::test::lexicon()->rules(), r, small_parts());
        CHECK(r.documents_skipped == 1);
        CHECK(a.size() == (text.size() + 399) / 400 - 1);
        // The offset is the file's, not the part's.
        CHECK(mentions(r, "dump.txt#part=", "NUL byte at offset 1500"));
    }

    TEST_CASE("corpus_reader: a line with no break is cut at a UTF-8 character start") {
        const auto dir = kg::test::scratch_dir("corpus-parts-utf8");
        std::string text;
        while (text.size() < 2000) text += "\xC3\xA9t\xC3\xA9 ";  // "été " with no newline
        write(dir / "long.txt", text);
        BuildReport r;
        const auto a = read_corpus({dir}, kg::test::lexicon()->rules(), r, small_parts());
        CHECK(r.documents_skipped == 0);
        std::string joined;
        for (const auto& part : a) joined += part.bytes;
        CHECK(joined == text);
    }
}

TEST_SUITE("extract/corpus_reader/repair") {
    TEST_CASE(
        "corpus_reader: --repair-utf8 reads a bad article with '?' and warns with the offset") {
        const auto dir = kg::test::scratch_dir("corpus-repair");
        write(dir / "latin1.txt", "caf\xE9 au lait, na\xEFve.");
        ReadOptions o;
        o.repair_utf8 = true;
        BuildReport r;
        const auto a = read_corpus({dir}, kg::test::lexicon()->rules(), r, o);
        REQUIRE(a.size() == 1);
        CHECK(a[0].bytes == "caf? au lait, na?ve.");  // same length: spans still match the file
        CHECK(r.documents_skipped == 0);
        CHECK(mentions(r, "latin1.txt", "invalid UTF-8 at byte offset 3; repaired (2 bytes"));
    }

    TEST_CASE("corpus_reader: --repair-utf8 does not read a binary file") {
        const auto dir = kg::test::scratch_dir("corpus-repair-binary");
        write(dir / "blob.txt", std::string("ab\0\xFF\xFE", 5));
        ReadOptions o;
        o.repair_utf8 = true;
        BuildReport r;
        const auto a = read_corpus({dir}, kg::test::lexicon()->rules(), r, o);
        CHECK(a.empty());
        CHECK(r.documents_skipped == 1);
        CHECK(mentions(r, "blob.txt", "NUL byte"));
    }

    TEST_CASE("corpus_reader: without --repair-utf8 a bad article is skipped") {
        const auto dir = kg::test::scratch_dir("corpus-repair-off");
        write(dir / "latin1.txt", "caf\xE9");
        BuildReport r;
        CHECK(read_corpus({dir}, kg::test::lexicon()->rules(), r).empty());
        CHECK(r.documents_skipped == 1);
    }
}
