// The Adopt-a-Pack note parser: every wording form seen in packs, dates in all
// their shapes, contact clauses, positions and release-note adoption lines.
#include "engines/builtin/adopt/adoption_note.h"

#include <gtest/gtest.h>

#include <string>

namespace packaudit {
namespace {

AdoptionNote MustParse(std::string_view line) {
  const std::optional<AdoptionNote> note = ParseAdoptionNoteLine(line);
  EXPECT_TRUE(note.has_value()) << line;
  return note.value_or(AdoptionNote{});
}

TEST(ParseNoteDate, CanonicalShape) {
  const NoteDate d = ParseNoteDate("November 1, 2022.");
  ASSERT_TRUE(d.date.has_value());
  EXPECT_EQ(*d.date, (Date{2022, 11, 1}));
  EXPECT_TRUE(d.canonical);
  EXPECT_EQ(d.length, std::string("November 1, 2022").size());
}

TEST(ParseNoteDate, ZeroPaddedDayIsCanonical) {
  const NoteDate d = ParseNoteDate("March 05, 2023");
  ASSERT_TRUE(d.date.has_value());
  EXPECT_EQ(*d.date, (Date{2023, 3, 5}));
  EXPECT_TRUE(d.canonical);
}

TEST(ParseNoteDate, ShortUpperCaseMonthWithCommas) {
  const NoteDate d = ParseNoteDate("NOV, 01, 2022");
  ASSERT_TRUE(d.date.has_value());
  EXPECT_EQ(*d.date, (Date{2022, 11, 1}));
  EXPECT_FALSE(d.canonical);
}

TEST(ParseNoteDate, CommaAfterLongMonth) {
  const NoteDate d = ParseNoteDate("March, 22, 2022.");
  ASSERT_TRUE(d.date.has_value());
  EXPECT_EQ(*d.date, (Date{2022, 3, 22}));
  EXPECT_FALSE(d.canonical);
}

TEST(ParseNoteDate, OtherNonCanonicalShapes) {
  struct Case {
    const char* text;
    Date date;
  };
  for (const Case& c :
       {Case{"Oct 1, 2021", {2021, 10, 1}}, Case{"Oct. 1, 2021", {2021, 10, 1}},
        Case{"Sept 5, 2023", {2023, 9, 5}}, Case{"November 1 2022", {2022, 11, 1}},
        Case{"november 1, 2022", {2022, 11, 1}}, Case{"MARCH 1, 2023", {2023, 3, 1}},
        Case{"March 3rd, 2023", {2023, 3, 3}}, Case{"1 November 2022", {2022, 11, 1}},
        Case{"1st of November, 2022", {2022, 11, 1}}, Case{"2022-11-01", {2022, 11, 1}},
        Case{"March,22,2022", {2022, 3, 22}}}) {
    const NoteDate d = ParseNoteDate(c.text);
    ASSERT_TRUE(d.date.has_value()) << c.text;
    EXPECT_EQ(*d.date, c.date) << c.text;
    EXPECT_FALSE(d.canonical) << c.text;
  }
}

TEST(ParseNoteDate, Unreadable) {
  for (const char* text : {"MONTH, DAY, YEAR", "soon", "February 30, 2023", "Smarch 1, 2023",
                           "11/01/2022", "", "2022-13-01", "<Month> <Day>, <Year>"}) {
    EXPECT_FALSE(ParseNoteDate(text).date.has_value()) << text;
  }
}

TEST(ParseNoteDate, ImpossibleDateStillHasAShape) {
  const NoteDate d = ParseNoteDate("February 30, 2023");
  EXPECT_FALSE(d.date.has_value());
  EXPECT_FALSE(d.canonical);
  EXPECT_GT(d.length, 0u);
}

TEST(CanonicalDateText, WritesFullMonth) {
  EXPECT_EQ(CanonicalDateText(Date{2022, 11, 1}), "November 1, 2022");
  EXPECT_EQ(CanonicalDateText(Date{2024, 2, 29}), "February 29, 2024");
}

TEST(FindDateInText, FindsFirstDate) {
  EXPECT_EQ(FindDateInText("Released on 2024-02-03 after review."), (Date{2024, 2, 3}));
  EXPECT_EQ(FindDateInText("- Released January 5, 2024."), (Date{2024, 1, 5}));
  EXPECT_FALSE(FindDateInText("- Fixed an issue in version 3.10.13.1234.").has_value());
  EXPECT_FALSE(FindDateInText("- Added the *since* argument.").has_value());
}

// The forms of the catalog table, one test each.
TEST(ParseAdoptionNoteLine, PartnerProgramGuideStart) {
  const AdoptionNote n = MustParse(
      "Note: Support for this pack will be moving "
      "to the partner around November 1, 2022.");
  EXPECT_EQ(n.kind, AdoptionNoteKind::kStart);
  EXPECT_EQ(n.date_text, "November 1, 2022");
  EXPECT_EQ(n.date, (Date{2022, 11, 1}));
  EXPECT_TRUE(n.canonical_date);
  EXPECT_TRUE(n.contact_clause.empty());
}

TEST(ParseAdoptionNoteLine, PartnerProgramGuideEnd) {
  const AdoptionNote n = MustParse(
      "Note: Support for this pack moved to the partner on November "
      "1, 2022. Please contact the "
      "partner directly via the support link on the right.");
  EXPECT_EQ(n.kind, AdoptionNoteKind::kEnd);
  EXPECT_EQ(n.date, (Date{2022, 11, 1}));
  EXPECT_TRUE(n.canonical_date);
  EXPECT_NE(n.contact_clause.find("support link"), std::string::npos);
  EXPECT_TRUE(n.emails.empty());
  EXPECT_TRUE(n.urls.empty());
}

TEST(ParseAdoptionNoteLine, CurrentDocStart) {
  const AdoptionNote n = MustParse(
      "Note: Support for this Pack will be moved "
      "to the Partner on NOV, 01, 2022.");
  EXPECT_EQ(n.kind, AdoptionNoteKind::kStart);
  EXPECT_EQ(n.date_text, "NOV, 01, 2022");
  EXPECT_EQ(n.date, (Date{2022, 11, 1}));
  EXPECT_FALSE(n.canonical_date);
}

TEST(ParseAdoptionNoteLine, CurrentDocEndWithoutContact) {
  const AdoptionNote n =
      MustParse("Note: Support for this pack moved to the partner on March, 22, 2022.");
  EXPECT_EQ(n.kind, AdoptionNoteKind::kEnd);
  EXPECT_EQ(n.date_text, "March, 22, 2022");
  EXPECT_EQ(n.date, (Date{2022, 3, 22}));
  EXPECT_FALSE(n.canonical_date);
  EXPECT_TRUE(n.contact_clause.empty());
}

TEST(ParseAdoptionNoteLine, HelperScriptStart) {
  const AdoptionNote n = MustParse(
      "Note: Support for this Pack will be moved "
      "to Partner starting March 05, 2023.");
  EXPECT_EQ(n.kind, AdoptionNoteKind::kStart);
  EXPECT_EQ(n.date, (Date{2023, 3, 5}));
  EXPECT_TRUE(n.canonical_date);
}

TEST(ParseAdoptionNoteLine, HelperScriptEndWithEmail) {
  const AdoptionNote n = MustParse(
      "Note: Support for this Pack was moved to Partner starting "
      "April 14, 2026. In case of any "
      "issues arise, please contact the Partner directly at "
      "support@acme.example.");
  EXPECT_EQ(n.kind, AdoptionNoteKind::kEnd);
  EXPECT_EQ(n.date, (Date{2026, 4, 14}));
  ASSERT_EQ(n.emails.size(), 1u);
  EXPECT_EQ(n.emails[0], "support@acme.example");
  EXPECT_FALSE(n.contact_clause.empty());
}

TEST(ParseAdoptionNoteLine, EndWithAngleBracketEmailAndUrl) {
  const AdoptionNote n = MustParse(
      "Note: Support for this Pack was moved to Partner starting "
      "April 14, 2026. In case of any "
      "issues, please contact the Partner directly at "
      "<support@acme.example> or "
      "<https://support.acme.example/xsoar>.");
  ASSERT_EQ(n.emails.size(), 1u);
  EXPECT_EQ(n.emails[0], "support@acme.example");
  ASSERT_EQ(n.urls.size(), 1u);
  EXPECT_EQ(n.urls[0], "https://support.acme.example/xsoar");
}

TEST(ParseAdoptionNoteLine, MarkdownLinkUrlLosesTrailingPunctuation) {
  const AdoptionNote n = MustParse(
      "Note: Support for this pack moved to the "
      "partner on May 2, 2024. Open a ticket at "
      "https://support.acme.example/xsoar.");
  ASSERT_EQ(n.urls.size(), 1u);
  EXPECT_EQ(n.urls[0], "https://support.acme.example/xsoar");
  EXPECT_FALSE(n.contact_clause.empty());
}

TEST(ParseAdoptionNoteLine, WordingVariants) {
  struct Case {
    const char* line;
    AdoptionNoteKind kind;
  };
  for (const Case& c : {
           Case{"NOTE: SUPPORT FOR THIS PACK WILL BE MOVED TO THE PARTNER ON "
                "May 1, 2024.",
                AdoptionNoteKind::kStart},
           Case{"note: support for this pack will be moving to partner around "
                "May 1, 2024",
                AdoptionNoteKind::kStart},
           Case{"**Note:** Support for this pack will be moved to the partner "
                "on May 1, 2024.",
                AdoptionNoteKind::kStart},
           Case{"**Note**: Support for this pack will be moved to the partner "
                "on May 1, 2024.",
                AdoptionNoteKind::kStart},
           Case{"> Note: Support for this Pack will be moved to Partner "
                "starting May 1, 2024.",
                AdoptionNoteKind::kStart},
           Case{"Support for this pack will be moved to the partner on May 1, "
                "2024.",
                AdoptionNoteKind::kStart},
           Case{"Note: Support for this Pack has been moved to the Partner on "
                "May 1, 2024.",
                AdoptionNoteKind::kEnd},
           Case{"Note: Support for this pack moved to Partner on May 1, 2024.",
                AdoptionNoteKind::kEnd},
           Case{"- Note: Support for this Pack was moved to the partner "
                "starting May 1, 2024.",
                AdoptionNoteKind::kEnd},
           Case{"Note:Support for this pack moved to the partner on May 1, "
                "2024.",
                AdoptionNoteKind::kEnd},
       }) {
    const AdoptionNote n = MustParse(c.line);
    EXPECT_EQ(n.kind, c.kind) << c.line;
    EXPECT_EQ(n.date, (Date{2024, 5, 1})) << c.line;
    EXPECT_TRUE(n.canonical_date) << c.line;
  }
}

TEST(ParseAdoptionNoteLine, BoldDate) {
  const AdoptionNote n = MustParse(
      "Note: Support for this pack will be moved "
      "to the partner on **May 1, 2024**.");
  EXPECT_EQ(n.date_text, "May 1, 2024");
  EXPECT_TRUE(n.canonical_date);
}

TEST(ParseAdoptionNoteLine, PlaceholderDateIsUnreadable) {
  const AdoptionNote n = MustParse(
      "Note: Support for this Pack will be moved "
      "to the Partner on MONTH, DAY, YEAR.");
  EXPECT_EQ(n.date_text, "MONTH, DAY, YEAR");
  EXPECT_FALSE(n.date.has_value());
  EXPECT_FALSE(n.canonical_date);
}

TEST(ParseAdoptionNoteLine, NoDate) {
  const AdoptionNote n = MustParse("Note: Support for this pack moved to the partner.");
  EXPECT_EQ(n.kind, AdoptionNoteKind::kEnd);
  EXPECT_TRUE(n.date_text.empty());
  EXPECT_FALSE(n.date.has_value());
}

TEST(ParseAdoptionNoteLine, NoTrailingPeriod) {
  const AdoptionNote n = MustParse(
      "Note: Support for this Pack will be moved "
      "to the Partner on NOV, 01, 2022");
  EXPECT_EQ(n.date_text, "NOV, 01, 2022");
  EXPECT_EQ(n.date, (Date{2022, 11, 1}));
}

TEST(ParseAdoptionNoteLine, OffsetsWithinLine) {
  const std::string line =
      "  > **Note:** Support for this pack moved to the "
      "partner on May 1, 2024.";
  const AdoptionNote n = MustParse(line);
  EXPECT_EQ(line.substr(n.date_begin, n.date_end - n.date_begin), "May 1, 2024");
  EXPECT_EQ(line.substr(n.begin, 8), "Note:** ");
  EXPECT_EQ(n.end, line.size());
  EXPECT_EQ(n.text, line.substr(2));
}

TEST(ParseAdoptionNoteLine, NotANote) {
  for (const char* line :
       {"# Acme Threat Intel", "", "Support for this integration is provided by Acme.",
        "This pack will be moved to the partner soon.",
        "Support for this pack is provided by the partner.",
        "The support for this pack moved to the partner on May 1, 2024.",
        "Note: This pack requires an API key."}) {
    EXPECT_FALSE(ParseAdoptionNoteLine(line).has_value()) << line;
  }
}

SourceFile Readme(std::string text) { return SourceFile("Packs/Acme/README.md", std::move(text)); }

TEST(FindAdoptionNotes, NoteOnFirstLine) {
  const SourceFile f = Readme(
      "Note: Support for this pack will be moved to the partner on May "
      "1, 2024.\n\n# Acme\n\nText.\n");
  const ReadmeAdoption a = FindAdoptionNotes(f);
  ASSERT_EQ(a.notes.size(), 1u);
  EXPECT_EQ(a.notes[0].line, 1);
  EXPECT_EQ(a.first_content_line, 1);
  EXPECT_EQ(f.text().substr(a.notes[0].date_begin, a.notes[0].date_end - a.notes[0].date_begin),
            "May 1, 2024");
}

TEST(FindAdoptionNotes, FirstContentLineSkipsBlankAndComments) {
  const SourceFile f = Readme(
      "\n<!-- generated -->\n<!--\nmulti\n-->\n\nNote: "
      "Support for this pack moved to the partner "
      "on May 1, 2024. Please contact the partner "
      "directly via the support link on the right.\n");
  const ReadmeAdoption a = FindAdoptionNotes(f);
  ASSERT_EQ(a.notes.size(), 1u);
  EXPECT_EQ(a.notes[0].line, 7);
  EXPECT_EQ(a.first_content_line, 7);
}

TEST(FindAdoptionNotes, MarketplaceTagLineIsNoContent) {
  const SourceFile f = Readme(
      "<~XSOAR>\nNote: Support for this pack will be moved to the partner on May 1, 2024.\n"
      "</~XSOAR>\n\n# Acme\n");
  const ReadmeAdoption a = FindAdoptionNotes(f);
  ASSERT_EQ(a.notes.size(), 1u);
  EXPECT_EQ(a.notes[0].line, 2);
  EXPECT_EQ(a.first_content_line, 2);
}

TEST(FindAdoptionNotes, NoteBelowTitle) {
  const SourceFile f = Readme(
      "# Acme\n\nNote: Support for this pack will be "
      "moved to the partner on May 1, 2024.\n");
  const ReadmeAdoption a = FindAdoptionNotes(f);
  ASSERT_EQ(a.notes.size(), 1u);
  EXPECT_EQ(a.notes[0].line, 3);
  EXPECT_EQ(a.first_content_line, 1);
}

TEST(FindAdoptionNotes, ContactClauseOnNextLine) {
  const SourceFile f = Readme(
      "Note: Support for this Pack was moved to "
      "Partner starting October 10, 2022.\n"
      "Please contact the partner directly via the "
      "support link on the right.\n\n# Armis\n");
  const ReadmeAdoption a = FindAdoptionNotes(f);
  ASSERT_EQ(a.notes.size(), 1u);
  EXPECT_NE(a.notes[0].contact_clause.find("support link"), std::string::npos);
}

TEST(FindAdoptionNotes, ContactClauseAfterBlankLine) {
  const SourceFile f = Readme(
      "Note: Support for this Pack moved to the partner on May 1, 2024.\n\n"
      "Please contact the partner directly via the support link on the "
      "right.\n");
  const ReadmeAdoption a = FindAdoptionNotes(f);
  ASSERT_EQ(a.notes.size(), 1u);
  EXPECT_FALSE(a.notes[0].contact_clause.empty());
}

TEST(FindAdoptionNotes, ProseAfterNoteIsNoContact) {
  const SourceFile f = Readme(
      "Note: Support for this pack moved to the partner on March, 22, 2022.\n\n"
      "Acme minimizes digital risk; see https://acme.example for details.\n");
  const ReadmeAdoption a = FindAdoptionNotes(f);
  ASSERT_EQ(a.notes.size(), 1u);
  EXPECT_TRUE(a.notes[0].contact_clause.empty());
  EXPECT_TRUE(a.notes[0].urls.empty());
}

TEST(FindAdoptionNotes, StartAndEndNotes) {
  const SourceFile f = Readme(
      "Note: Support for this pack moved to the partner on May 1, 2024. "
      "Please contact the partner "
      "directly via the support link on the right.\n"
      "Note: Support for this pack will be moved to the partner on May "
      "1, 2024.\n");
  const ReadmeAdoption a = FindAdoptionNotes(f);
  ASSERT_EQ(a.notes.size(), 2u);
  EXPECT_EQ(a.notes[0].kind, AdoptionNoteKind::kEnd);
  EXPECT_EQ(a.notes[1].kind, AdoptionNoteKind::kStart);
  EXPECT_EQ(a.notes[1].line, 2);
  // The start note on the next line is not part of the end note's contact
  // clause.
  EXPECT_EQ(a.notes[0].contact_clause.find("will be moved"), std::string::npos);
}

TEST(FindAdoptionNotes, IgnoresFencedCodeAndComments) {
  const SourceFile f = Readme(
      "# Adoption how-to\n\n```\nNote: Support for "
      "this Pack will be moved to the Partner on "
      "MONTH, DAY, YEAR.\n```\n\n<!--\nNote: Support "
      "for this pack moved to the partner on May 1, "
      "2024.\n-->\n");
  const ReadmeAdoption a = FindAdoptionNotes(f);
  EXPECT_TRUE(a.notes.empty());
  EXPECT_EQ(a.first_content_line, 1);
}

TEST(FindAdoptionNotes, CrLfLines) {
  const SourceFile f = Readme(
      "Note: Support for this pack will be moved to "
      "the partner on May 1, 2024.\r\n\r\n# Acme\r\n");
  const ReadmeAdoption a = FindAdoptionNotes(f);
  ASSERT_EQ(a.notes.size(), 1u);
  EXPECT_EQ(a.notes[0].date, (Date{2024, 5, 1}));
  EXPECT_EQ(f.text().substr(a.notes[0].end, 2), "\r\n");
}

TEST(AdoptionMarkOf, ReleaseNoteLines) {
  EXPECT_EQ(AdoptionMarkOf("- Started adoption process."), AdoptionMark::kStarted);
  EXPECT_EQ(AdoptionMarkOf("- Started Adoption process."), AdoptionMark::kStarted);
  EXPECT_EQ(AdoptionMarkOf("- Start of adoption process, update to readme file"),
            AdoptionMark::kStarted);
  EXPECT_EQ(AdoptionMarkOf("- Completed adoption process."), AdoptionMark::kCompleted);
  EXPECT_EQ(AdoptionMarkOf("* Completed Adoption process."), AdoptionMark::kCompleted);
  EXPECT_EQ(AdoptionMarkOf("- Note: Support for this pack will be moved to the "
                           "partner on May 1, 2024."),
            AdoptionMark::kStarted);
  EXPECT_EQ(AdoptionMarkOf("Note: Support for this pack moved to the partner on May 1, 2024."),
            AdoptionMark::kCompleted);
  EXPECT_EQ(AdoptionMarkOf("- Documentation and metadata improvements."), AdoptionMark::kNone);
  EXPECT_EQ(AdoptionMarkOf("- Updated the README for the adoption."), AdoptionMark::kNone);
  EXPECT_EQ(AdoptionMarkOf("#### Integrations"), AdoptionMark::kNone);
}

}  // namespace
}  // namespace packaudit
