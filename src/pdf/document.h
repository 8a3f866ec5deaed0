// A small writer for printable records as PDF: the RAR plan to sign with the person (issue 3
// part 2), and next the warning letters and breach packs (issue 5). A4 portrait pages with fixed
// margins; text in DejaVu Sans, so any UTF-8 name ("Zoë Ó'Brien") prints; word wrap by measured
// width, automatic page breaks, tables whose header row repeats on each page, signature lines and
// "Page N of M" footers. Built on libharu; see docs/decisions/0009-pdf-with-libharu.md.
//
// A Document is a list of blocks: the calls below only record them, and Render lays them out.
// Not thread-safe; distinct Documents may render on different threads at once.
#pragma once

#include <string>
#include <variant>
#include <vector>

#include "core/result.h"

namespace probity::pdf {

// The TrueType fonts Render embeds (from Debian's fonts-dejavu-core).
struct Fonts {
  std::string regular = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
  std::string bold = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";
};

struct Column {
  std::string heading;
  double width = 0;  // a fraction of the text width; a table's fractions add up to 1
};

class Document {
 public:
  // `title` is the document's title property and the left-hand footer on every page.
  explicit Document(std::string title, Fonts fonts = {});

  // The document's heading, in large bold type.
  void Title(std::string text);
  // A section heading, kept on the same page as the start of what follows it.
  void Heading(std::string text);
  // Body text, wrapped to the text width; "\n" starts a new line.
  void Paragraph(std::string text);
  // One labelled value ("Date of birth  1 May 1990"): the label in bold on the left third.
  void Field(std::string label, std::string value);
  // A table with a header row, repeated at the top of each page the table runs onto. Cells wrap;
  // a row that does not fit the rest of a page moves to the next one. A row with fewer cells than
  // columns leaves the rest blank; extra cells are ignored.
  void Table(std::vector<Column> columns, std::vector<std::vector<std::string>> rows);
  // `label` ("Signed (person on probation)"), then a line to sign on and a line for the date.
  void SignatureLine(std::string label);

  // The PDF's bytes. kInternal when libharu fails, e.g. when a font file cannot be read.
  Result<std::string> Render() const;

 private:
  struct TitleBlock {
    std::string text;
  };
  struct HeadingBlock {
    std::string text;
  };
  struct ParagraphBlock {
    std::string text;
  };
  struct FieldBlock {
    std::string label;
    std::string value;
  };
  struct TableBlock {
    std::vector<Column> columns;
    std::vector<std::vector<std::string>> rows;
  };
  struct SignatureBlock {
    std::string label;
  };
  using Block = std::variant<TitleBlock, HeadingBlock, ParagraphBlock, FieldBlock, TableBlock,
                             SignatureBlock>;

  std::string title_;
  Fonts fonts_;
  std::vector<Block> blocks_;
};

}  // namespace probity::pdf
