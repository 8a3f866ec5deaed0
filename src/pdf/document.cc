#include "pdf/document.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <string_view>
#include <type_traits>
#include <utility>

#include <hpdf.h>

namespace probity::pdf {
namespace {

// Sizes in points (1/72 inch). A4 is 595 x 842; 20 mm margins.
constexpr float kMargin = 56.7F;
constexpr float kFooterBaseline = 28.0F;
constexpr float kTitleSize = 18.0F;
constexpr float kHeadingSize = 13.0F;
constexpr float kBodySize = 10.5F;
constexpr float kTableSize = 9.5F;
constexpr float kFooterSize = 8.0F;
constexpr float kLeading = 1.35F;  // line height as a multiple of the type size
constexpr float kCellPadding = 4.0F;
constexpr float kFieldLabelShare = 0.33F;

// libharu reports failures through a callback; this records the first one for Render to return.
struct HaruError {
  HPDF_STATUS error = HPDF_OK;
  HPDF_STATUS detail = 0;
};

void OnHaruError(HPDF_STATUS error, HPDF_STATUS detail, void* data) {
  auto* recorded = static_cast<HaruError*>(data);
  if (recorded->error == HPDF_OK) {
    recorded->error = error;
    recorded->detail = detail;
  }
}

Error HaruFailure(const char* what, const HaruError& e) {
  char code[64];
  std::snprintf(code, sizeof code, " (libharu error 0x%04lX, detail %lu)",
                static_cast<unsigned long>(e.error), static_cast<unsigned long>(e.detail));
  return Internal(std::string("Could not write the PDF: ") + what + code);
}

bool StartsCodePoint(char byte) {
  return (static_cast<unsigned char>(byte) & 0xC0U) != 0x80U;
}

// Lays blocks out top to bottom on A4 pages. Coordinates are PDF's: origin bottom left.
class Layout {
 public:
  Layout(HPDF_Doc doc, HPDF_Font regular, HPDF_Font bold)
      : doc_(doc), regular_(regular), bold_(bold) {
    NewPage();
  }

  void Title(const std::string& text) {
    Lines(bold_, kTitleSize, Left(), TextWidth(), text);
    y_ -= 6;
  }

  void Heading(const std::string& text) {
    if (y_ < Top()) {
      y_ -= 10;
    }
    auto lines = Wrap(bold_, kHeadingSize, text, TextWidth());
    // Keeps the heading with the first lines of what follows it.
    Ensure(static_cast<float>(lines.size()) * Lead(kHeadingSize) + 3 * Lead(kBodySize));
    Lines(bold_, kHeadingSize, Left(), TextWidth(), text);
    y_ -= 3;
  }

  void Paragraph(const std::string& text) {
    Lines(regular_, kBodySize, Left(), TextWidth(), text);
    y_ -= 4;
  }

  void Field(const std::string& label, const std::string& value) {
    float label_width = TextWidth() * kFieldLabelShare;
    float gap = 8;
    auto labels = Wrap(bold_, kBodySize, label, label_width - gap);
    auto values = Wrap(regular_, kBodySize, value, TextWidth() - label_width);
    std::size_t rows = std::max(labels.size(), values.size());
    Ensure(static_cast<float>(rows) * Lead(kBodySize));
    for (std::size_t i = 0; i < rows; ++i) {
      Ensure(Lead(kBodySize));
      float baseline = y_ - kBodySize;
      if (i < labels.size()) {
        Text(bold_, kBodySize, Left(), baseline, labels[i]);
      }
      if (i < values.size()) {
        Text(regular_, kBodySize, Left() + label_width, baseline, values[i]);
      }
      y_ -= Lead(kBodySize);
    }
    y_ -= 2;
  }

  void Table(const std::vector<Column>& columns,
             const std::vector<std::vector<std::string>>& rows) {
    if (columns.empty()) {
      return;
    }
    std::vector<float> xs{Left()};  // each column's left edge, then the table's right edge
    std::vector<float> widths;
    std::vector<std::string> headings;
    for (const auto& c : columns) {
      widths.push_back(TextWidth() * static_cast<float>(c.width));
      xs.push_back(xs.back() + widths.back());
      headings.push_back(c.heading);
    }
    Cells header = WrapCells(bold_, headings, widths);
    float header_height = CellsHeight(header);
    Cells first = rows.empty() ? Cells{} : WrapCells(regular_, rows[0], widths);
    Ensure(header_height + std::min(CellsHeight(first), 3 * Lead(kTableSize) + 2 * kCellPadding));
    DrawRow(bold_, header, xs, 0, LineCount(header), true);
    for (const auto& row : rows) {
      Cells cells = WrapCells(regular_, row, widths);
      std::size_t total = LineCount(cells);
      std::size_t done = 0;
      bool fresh = false;  // just moved to a new page: draw here whatever fits
      while (done < total) {
        float needed = static_cast<float>(total - done) * Lead(kTableSize) + 2 * kCellPadding;
        float room = y_ - Bottom();
        if (needed > room && !fresh) {
          bool fits_a_page = needed <= Top() - Bottom() - header_height;
          if (fits_a_page || room < Lead(kTableSize) + 2 * kCellPadding) {
            NewPage();
            DrawRow(bold_, header, xs, 0, LineCount(header), true);
            fresh = true;
            continue;
          }
        }
        auto fitting = static_cast<std::size_t>(
            std::max(1.0F, std::floor((room - 2 * kCellPadding) / Lead(kTableSize) + 0.001F)));
        std::size_t count = std::min(total - done, fitting);
        DrawRow(regular_, cells, xs, done, count, false);
        done += count;
        fresh = false;
      }
    }
    y_ -= 8;
  }

  void SignatureLine(const std::string& label) {
    y_ -= 14;
    auto lines = Wrap(bold_, kBodySize, label, TextWidth());
    float height = static_cast<float>(lines.size()) * Lead(kBodySize) + 28 + 14;
    Ensure(height);
    Lines(bold_, kBodySize, Left(), TextWidth(), label);
    y_ -= 28;
    float date_x = Left() + TextWidth() * 0.68F;
    HPDF_Page_SetLineWidth(page_, 0.75F);
    HPDF_Page_SetGrayStroke(page_, 0);
    HPDF_Page_MoveTo(page_, Left(), y_);
    HPDF_Page_LineTo(page_, Left() + TextWidth() * 0.6F, y_);
    HPDF_Page_MoveTo(page_, date_x, y_);
    HPDF_Page_LineTo(page_, Left() + TextWidth(), y_);
    HPDF_Page_Stroke(page_);
    Text(regular_, kFooterSize, Left(), y_ - kFooterSize - 2, "Signature");
    Text(regular_, kFooterSize, date_x, y_ - kFooterSize - 2, "Date");
    y_ -= 14;
  }

  // "Page N of M" on the right of every page; `title` on the left.
  void Footers(const std::string& title) {
    auto titles = Wrap(regular_, kFooterSize, title, TextWidth() * 0.7F);
    for (std::size_t i = 0; i < pages_.size(); ++i) {
      page_ = pages_[i];
      if (!titles.empty()) {
        Text(regular_, kFooterSize, Left(), kFooterBaseline, titles[0]);
      }
      std::string number = "Page " + std::to_string(i + 1) + " of " + std::to_string(pages_.size());
      Text(regular_, kFooterSize, Left() + TextWidth() - Width(regular_, kFooterSize, number),
           kFooterBaseline, number);
    }
  }

 private:
  using Cells = std::vector<std::vector<std::string>>;  // per column, its wrapped lines

  void NewPage() {
    page_ = HPDF_AddPage(doc_);
    HPDF_Page_SetSize(page_, HPDF_PAGE_SIZE_A4, HPDF_PAGE_PORTRAIT);
    pages_.push_back(page_);
    y_ = Top();
  }

  // Starts a new page unless `height` fits below the cursor (or the page is still empty).
  void Ensure(float height) {
    if (y_ - height < Bottom() && y_ < Top()) {
      NewPage();
    }
  }

  float PageWidth() const { return HPDF_Page_GetWidth(page_); }
  float Left() const { return kMargin; }
  float TextWidth() const { return PageWidth() - 2 * kMargin; }
  float Top() const { return HPDF_Page_GetHeight(page_) - kMargin; }
  static float Bottom() { return kMargin; }
  static float Lead(float size) { return size * kLeading; }

  float Width(HPDF_Font font, float size, std::string_view text) const {
    HPDF_TextWidth measured = HPDF_Font_TextWidth(
        font, reinterpret_cast<const HPDF_BYTE*>(text.data()), static_cast<HPDF_UINT>(text.size()));
    return static_cast<float>(measured.width) * size / 1000.0F;
  }

  // Splits `text` into lines no wider than `width`: at "\n", between words, and inside a word
  // (between code points) only when the word alone is wider than a line.
  std::vector<std::string> Wrap(HPDF_Font font, float size, const std::string& text,
                                float width) const {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start <= text.size()) {
      std::size_t end = text.find('\n', start);
      if (end == std::string::npos) {
        end = text.size();
      }
      WrapLine(font, size, std::string_view(text).substr(start, end - start), width, lines);
      start = end + 1;
    }
    return lines;
  }

  void WrapLine(HPDF_Font font, float size, std::string_view text, float width,
                std::vector<std::string>& lines) const {
    std::string line;
    std::size_t start = 0;
    while (start <= text.size()) {
      std::size_t end = text.find(' ', start);
      if (end == std::string_view::npos) {
        end = text.size();
      }
      std::string_view word = text.substr(start, end - start);
      start = end + 1;
      if (word.empty()) {
        continue;
      }
      std::string candidate = line.empty() ? std::string(word) : line + " " + std::string(word);
      if (Width(font, size, candidate) <= width) {
        line = std::move(candidate);
        continue;
      }
      if (!line.empty()) {
        lines.push_back(std::move(line));
        line.clear();
      }
      // The word alone: break it between code points while it is wider than a line.
      std::string rest(word);
      while (Width(font, size, rest) > width) {
        std::size_t cut = 0;
        for (std::size_t i = 1; i <= rest.size(); ++i) {
          if (i < rest.size() && !StartsCodePoint(rest[i])) {
            continue;
          }
          if (Width(font, size, std::string_view(rest).substr(0, i)) > width) {
            break;
          }
          cut = i;
        }
        if (cut == 0) {  // one code point wider than the line: give it a line of its own
          cut = 1;
          while (cut < rest.size() && !StartsCodePoint(rest[cut])) {
            ++cut;
          }
        }
        lines.push_back(rest.substr(0, cut));
        rest.erase(0, cut);
      }
      line = std::move(rest);
    }
    lines.push_back(std::move(line));  // an empty text is one empty line
  }

  void Text(HPDF_Font font, float size, float x, float baseline, const std::string& text) {
    if (text.empty()) {
      return;
    }
    HPDF_Page_BeginText(page_);
    HPDF_Page_SetFontAndSize(page_, font, size);
    HPDF_Page_TextOut(page_, x, baseline, text.c_str());
    HPDF_Page_EndText(page_);
  }

  // Wrapped text from the cursor down, breaking pages between lines.
  void Lines(HPDF_Font font, float size, float x, float width, const std::string& text) {
    for (const auto& line : Wrap(font, size, text, width)) {
      Ensure(Lead(size));
      Text(font, size, x, y_ - size, line);
      y_ -= Lead(size);
    }
  }

  Cells WrapCells(HPDF_Font font, const std::vector<std::string>& texts,
                  const std::vector<float>& widths) const {
    Cells cells;
    for (std::size_t i = 0; i < widths.size(); ++i) {
      cells.push_back(i < texts.size()
                          ? Wrap(font, kTableSize, texts[i], widths[i] - 2 * kCellPadding)
                          : std::vector<std::string>{});
    }
    return cells;
  }

  static std::size_t LineCount(const Cells& cells) {
    std::size_t most = 1;
    for (const auto& c : cells) {
      most = std::max(most, c.size());
    }
    return most;
  }

  static float CellsHeight(const Cells& cells) {
    return static_cast<float>(LineCount(cells)) * Lead(kTableSize) + 2 * kCellPadding;
  }

  // Lines [from, from + count) of each cell, boxed, at the cursor; moves the cursor below them.
  void DrawRow(HPDF_Font font, const Cells& cells, const std::vector<float>& xs, std::size_t from,
               std::size_t count, bool shaded) {
    float height = static_cast<float>(count) * Lead(kTableSize) + 2 * kCellPadding;
    float width = xs.back() - xs.front();
    if (shaded) {
      HPDF_Page_SetGrayFill(page_, 0.9F);
      HPDF_Page_Rectangle(page_, xs.front(), y_ - height, width, height);
      HPDF_Page_Fill(page_);
      HPDF_Page_SetGrayFill(page_, 0);
    }
    HPDF_Page_SetLineWidth(page_, 0.5F);
    HPDF_Page_SetGrayStroke(page_, 0.55F);
    for (std::size_t c = 0; c + 1 < xs.size(); ++c) {
      HPDF_Page_Rectangle(page_, xs[c], y_ - height, xs[c + 1] - xs[c], height);
    }
    HPDF_Page_Stroke(page_);
    for (std::size_t c = 0; c < cells.size(); ++c) {
      for (std::size_t i = from; i < from + count && i < cells[c].size(); ++i) {
        float baseline =
            y_ - kCellPadding - static_cast<float>(i - from) * Lead(kTableSize) - kTableSize;
        Text(font, kTableSize, xs[c] + kCellPadding, baseline, cells[c][i]);
      }
    }
    y_ -= height;
  }

  HPDF_Doc doc_;
  HPDF_Font regular_;
  HPDF_Font bold_;
  std::vector<HPDF_Page> pages_;
  HPDF_Page page_ = nullptr;
  float y_ = 0;  // the top of the free space on page_
};

HPDF_Font LoadFont(HPDF_Doc doc, const std::string& path) {
  const char* name = HPDF_LoadTTFontFromFile(doc, path.c_str(), HPDF_TRUE);
  return name == nullptr ? nullptr : HPDF_GetFont(doc, name, "UTF-8");
}

}  // namespace

Document::Document(std::string title, Fonts fonts)
    : title_(std::move(title)), fonts_(std::move(fonts)) {}

void Document::Title(std::string text) {
  blocks_.emplace_back(TitleBlock{std::move(text)});
}

void Document::Heading(std::string text) {
  blocks_.emplace_back(HeadingBlock{std::move(text)});
}

void Document::Paragraph(std::string text) {
  blocks_.emplace_back(ParagraphBlock{std::move(text)});
}

void Document::Field(std::string label, std::string value) {
  blocks_.emplace_back(FieldBlock{std::move(label), std::move(value)});
}

void Document::Table(std::vector<Column> columns, std::vector<std::vector<std::string>> rows) {
  blocks_.emplace_back(TableBlock{std::move(columns), std::move(rows)});
}

void Document::SignatureLine(std::string label) {
  blocks_.emplace_back(SignatureBlock{std::move(label)});
}

Result<std::string> Document::Render() const {
  HaruError error;
  std::unique_ptr<std::remove_pointer_t<HPDF_Doc>, void (*)(HPDF_Doc)> doc(
      HPDF_New(&OnHaruError, &error), &HPDF_Free);
  if (!doc) {
    return HaruFailure("out of memory", error);
  }
  HPDF_SetCompressionMode(doc.get(), HPDF_COMP_ALL);
  HPDF_UseUTFEncodings(doc.get());
  HPDF_SetCurrentEncoder(doc.get(), "UTF-8");  // document properties as UTF-16, so "Zoë" survives
  HPDF_SetInfoAttr(doc.get(), HPDF_INFO_TITLE, title_.c_str());
  HPDF_SetInfoAttr(doc.get(), HPDF_INFO_CREATOR, "Probity");
  HPDF_Font regular = LoadFont(doc.get(), fonts_.regular);
  HPDF_Font bold = LoadFont(doc.get(), fonts_.bold);
  if (regular == nullptr || bold == nullptr) {
    return HaruFailure(
        ("cannot load the font " + (regular == nullptr ? fonts_.regular : fonts_.bold)).c_str(),
        error);
  }

  Layout layout(doc.get(), regular, bold);
  for (const auto& block : blocks_) {
    std::visit(
        [&layout](const auto& b) {
          using B = std::decay_t<decltype(b)>;
          if constexpr (std::is_same_v<B, TitleBlock>) {
            layout.Title(b.text);
          } else if constexpr (std::is_same_v<B, HeadingBlock>) {
            layout.Heading(b.text);
          } else if constexpr (std::is_same_v<B, ParagraphBlock>) {
            layout.Paragraph(b.text);
          } else if constexpr (std::is_same_v<B, FieldBlock>) {
            layout.Field(b.label, b.value);
          } else if constexpr (std::is_same_v<B, TableBlock>) {
            layout.Table(b.columns, b.rows);
          } else {
            static_assert(std::is_same_v<B, SignatureBlock>);
            layout.SignatureLine(b.label);
          }
        },
        block);
  }
  layout.Footers(title_);
  if (error.error != HPDF_OK) {
    return HaruFailure("laying out the pages", error);
  }

  if (HPDF_SaveToStream(doc.get()) != HPDF_OK) {
    return HaruFailure("saving", error);
  }
  std::string bytes;
  bytes.reserve(HPDF_GetStreamSize(doc.get()));
  HPDF_ResetStream(doc.get());
  for (;;) {
    HPDF_BYTE chunk[16384];
    HPDF_UINT32 size = sizeof chunk;
    HPDF_STATUS status = HPDF_ReadFromStream(doc.get(), chunk, &size);
    bytes.append(reinterpret_cast<const char*>(chunk), size);
    if (status == HPDF_STREAM_EOF) {
      break;
    }
    if (status != HPDF_OK) {
      return HaruFailure("reading back", error);
    }
  }
  return bytes;
}

}  // namespace probity::pdf
