#include "pdf/document.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace probity::pdf {
namespace {

constexpr const char* kPdfToText = "/usr/bin/pdftotext";

// The pages' text as pdftotext reads it, or nullopt when poppler-utils is not installed.
std::optional<std::string> TextOf(const std::string& pdf, const std::string& name) {
  if (!std::filesystem::exists(kPdfToText)) {
    return std::nullopt;
  }
  std::string path = testing::TempDir() + name + ".pdf";
  std::ofstream(path, std::ios::binary) << pdf;
  std::string text;
  std::string command = std::string(kPdfToText) + " -q '" + path + "' - 2>/dev/null";
  FILE* out = popen(command.c_str(), "r");
  if (out == nullptr) {
    return std::nullopt;
  }
  char buffer[4096];
  std::size_t n = 0;
  while ((n = std::fread(buffer, 1, sizeof buffer, out)) > 0) {
    text.append(buffer, n);
  }
  pclose(out);
  std::filesystem::remove(path);
  return text;
}

// Counts page objects: "/Type /Page" but not the page tree's "/Type /Pages".
int PageCount(const std::string& pdf) {
  int pages = 0;
  for (std::size_t at = pdf.find("/Type /Page"); at != std::string::npos;
       at = pdf.find("/Type /Page", at + 1)) {
    pages += pdf.compare(at, 12, "/Type /Pages") != 0 ? 1 : 0;
  }
  return pages;
}

int Occurrences(const std::string& text, const std::string& part) {
  int count = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) {
    ++count;
  }
  return count;
}

Document TwoPageDocument() {
  Document doc("Plan – Zoë Ó'Brien");
  doc.Title("Rehabilitation activity requirement plan");
  doc.Field("Name", "Zoë Ó'Brien");
  doc.Heading("Planned activities");
  std::vector<std::vector<std::string>> rows;
  for (int i = 1; i <= 40; ++i) {
    rows.push_back({"Activity " + std::to_string(i) + ": budgeting – café skills", "2"});
  }
  doc.Table({{"Activity", 0.8}, {"RAR days", 0.2}}, rows);
  doc.SignatureLine("Signed (person on probation)");
  return doc;
}

TEST(Document, RendersAPdfOfTwoPagesWithTheirNumbers) {
  auto pdf = TwoPageDocument().Render();

  ASSERT_TRUE(pdf) << pdf.error().message;
  EXPECT_EQ(pdf->rfind("%PDF-", 0), 0U);
  EXPECT_EQ(PageCount(*pdf), 2);
  if (auto text = TextOf(*pdf, "two_pages")) {
    EXPECT_NE(text->find("Page 1 of 2"), std::string::npos) << *text;
    EXPECT_NE(text->find("Page 2 of 2"), std::string::npos) << *text;
  }
}

TEST(Document, KeepsNonAsciiTextAndRepeatsTheTableHeaderOnTheNextPage) {
  auto pdf = TwoPageDocument().Render();
  ASSERT_TRUE(pdf) << pdf.error().message;

  auto text = TextOf(*pdf, "utf8");

  if (!text) {
    GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
  }
  EXPECT_NE(text->find("Zoë Ó'Brien"), std::string::npos) << *text;
  EXPECT_NE(text->find("budgeting – café skills"), std::string::npos) << *text;
  EXPECT_EQ(Occurrences(*text, "RAR days"), 2) << *text;
  EXPECT_NE(text->find("Activity 40:"), std::string::npos) << *text;
}

TEST(Document, WrapsLongTextWithinTheMargins) {
  Document doc("Wrapping");
  std::string words;
  for (int i = 0; i < 400; ++i) {
    words += "word" + std::to_string(i) + " ";
  }
  doc.Paragraph(words);
  doc.Paragraph(std::string(300, 'x') + "ë");  // one word wider than a line
  doc.Table({{"Notes", 0.5}, {"More", 0.5}}, {{words, "short"}});

  auto pdf = doc.Render();

  ASSERT_TRUE(pdf) << pdf.error().message;
  EXPECT_GE(PageCount(*pdf), 2);
  if (auto text = TextOf(*pdf, "wrap")) {
    EXPECT_NE(text->find("word399"), std::string::npos);
    EXPECT_NE(text->find("xë"), std::string::npos);
  }
}

TEST(Document, ReturnsAnErrorWhenTheFontCannotBeRead) {
  Document doc("No font", {.regular = "/nonexistent/font.ttf"});
  doc.Paragraph("Hello");

  auto pdf = doc.Render();

  ASSERT_FALSE(pdf);
  EXPECT_EQ(pdf.error().code, ErrorCode::kInternal);
  EXPECT_NE(pdf.error().message.find("/nonexistent/font.ttf"), std::string::npos);
}

}  // namespace
}  // namespace probity::pdf
