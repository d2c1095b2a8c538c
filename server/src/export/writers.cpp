#include "export/writers.hpp"

#include <xlsxwriter.h>

#include <charconv>
#include <cstring>
#include <map>

namespace amparo::server::exports {
namespace {

std::string numberText(double value) {
  char out[32];
  const auto [end, ec] = std::to_chars(out, out + sizeof out, value);
  return ec == std::errc() ? std::string(out, end) : std::string();
}

bool looksLikeFormula(const std::string& text) {
  return !text.empty() && (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@' || text[0] == '\t');
}

class CsvWriter final : public TableWriter {
public:
  explicit CsvWriter(std::FILE* file) : m_file(file) {}

  bool begin(std::size_t, const Table&, std::span<const Column* const> columns, bool hxl) override {
    if (m_begun) return fail("a CSV file holds one table");
    m_begun = true;
    static constexpr char kBom[] = "\xEF\xBB\xBF";
    if (std::fwrite(kBom, 1, 3, m_file) != 3) return fail("write failed");
    std::vector<Cell> headers;
    std::vector<Cell> tags;
    for (const auto* column : columns) {
      headers.push_back(Cell::of(std::string(column->header)));
      tags.push_back(Cell::of(std::string(column->hxl)));
    }
    if (!writeRow(headers)) return false;
    return !hxl || writeRow(tags);
  }

  bool row(std::size_t, std::span<const Cell> cells) override { return writeRow(cells); }

  bool finish() override { return std::fflush(m_file) == 0 || fail("flush failed"); }
  std::string error() const override { return m_error; }

private:
  bool writeRow(std::span<const Cell> cells) {
    m_line.clear();
    for (std::size_t i = 0; i < cells.size(); ++i) {
      if (i > 0) m_line += ',';
      m_line += csvField(cells[i]);
    }
    m_line += "\r\n";
    if (std::fwrite(m_line.data(), 1, m_line.size(), m_file) != m_line.size()) return fail("write failed");
    return true;
  }
  bool fail(std::string message) {
    m_error = std::move(message);
    return false;
  }

  std::FILE* m_file;
  std::string m_line;  // reused: no allocation per row once warm
  std::string m_error;
  bool m_begun = false;
};

// Excel's limits: rows per worksheet, characters per cell.
constexpr lxw_row_t kMaxRows = LXW_ROW_MAX;
constexpr std::size_t kMaxCellBytes = 32767;

// Cuts `text` to at most `limit` bytes without splitting a UTF-8 sequence.
std::string truncatedUtf8(const std::string& text, std::size_t limit) {
  if (text.size() <= limit) return text;
  std::size_t end = limit;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end);
}

class XlsxWriter final : public TableWriter {
public:
  XlsxWriter(const std::filesystem::path& path, const std::filesystem::path& tmpDir) : m_tmpDir(tmpDir.string()) {
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = m_tmpDir.data();
    options.use_zip64 = LXW_FALSE;
    m_workbook = workbook_new_opt(path.c_str(), &options);
    if (m_workbook != nullptr) {
      m_bold = workbook_add_format(m_workbook);
      format_set_bold(m_bold);
    }
  }
  ~XlsxWriter() override {
    // An unfinished workbook is still closed, to free it; the caller
    // removes the file.
    if (m_workbook != nullptr) workbook_close(m_workbook);
  }

  bool begin(std::size_t index, const Table& table, std::span<const Column* const> columns, bool hxl) override {
    if (m_workbook == nullptr) return fail("cannot create the workbook");
    auto& sheet = m_sheets[index];
    sheet.name = std::string(table.name);
    sheet.columns.assign(columns.begin(), columns.end());
    sheet.hxl = hxl;
    return addWorksheet(sheet);
  }

  bool row(std::size_t index, std::span<const Cell> cells) override {
    auto& sheet = m_sheets.at(index);
    if (sheet.nextRow >= kMaxRows && !addWorksheet(sheet)) return false;
    for (std::size_t c = 0; c < cells.size(); ++c) {
      if (!writeCell(sheet, static_cast<lxw_col_t>(c), cells[c], nullptr)) return false;
    }
    ++sheet.nextRow;
    return true;
  }

  bool finish() override {
    if (m_workbook == nullptr) return fail("cannot create the workbook");
    const auto status = workbook_close(m_workbook);
    m_workbook = nullptr;
    return status == LXW_NO_ERROR || fail(lxw_strerror(status));
  }

  std::string error() const override { return m_error; }

private:
  struct Sheet {
    std::string name;
    std::vector<const Column*> columns;
    bool hxl = false;
    int parts = 0;
    lxw_worksheet* worksheet = nullptr;
    lxw_row_t nextRow = 0;
  };

  bool addWorksheet(Sheet& sheet) {
    ++sheet.parts;
    const auto name = sheet.parts == 1 ? sheet.name : sheet.name + "_" + std::to_string(sheet.parts);
    sheet.worksheet = workbook_add_worksheet(m_workbook, name.c_str());
    if (sheet.worksheet == nullptr) return fail("cannot add a worksheet");
    sheet.nextRow = 0;
    for (std::size_t c = 0; c < sheet.columns.size(); ++c) {
      const auto column = static_cast<lxw_col_t>(c);
      if (!writeCell(sheet, column, Cell::of(std::string(sheet.columns[c]->header)), m_bold)) return false;
    }
    ++sheet.nextRow;
    if (sheet.hxl) {
      for (std::size_t c = 0; c < sheet.columns.size(); ++c) {
        if (!writeCell(sheet, static_cast<lxw_col_t>(c), Cell::of(std::string(sheet.columns[c]->hxl)), nullptr)) {
          return false;
        }
      }
      ++sheet.nextRow;
    }
    return true;
  }

  bool writeCell(Sheet& sheet, lxw_col_t column, const Cell& cell, lxw_format* format) {
    lxw_error status = LXW_NO_ERROR;
    switch (cell.type) {
      case Cell::Type::Empty:
        return true;
      case Cell::Type::Number:
        status = worksheet_write_number(sheet.worksheet, sheet.nextRow, column, cell.number, format);
        break;
      case Cell::Type::Text:
        if (cell.text.size() > kMaxCellBytes) {
          status = worksheet_write_string(sheet.worksheet, sheet.nextRow, column,
                                          truncatedUtf8(cell.text, kMaxCellBytes).c_str(), format);
        } else {
          status = worksheet_write_string(sheet.worksheet, sheet.nextRow, column, cell.text.c_str(), format);
        }
        break;
    }
    return status == LXW_NO_ERROR || fail(lxw_strerror(status));
  }

  bool fail(std::string message) {
    m_error = std::move(message);
    return false;
  }

  std::string m_tmpDir;
  lxw_workbook* m_workbook = nullptr;
  lxw_format* m_bold = nullptr;
  std::map<std::size_t, Sheet> m_sheets;
  std::string m_error;
};

}  // namespace

std::string csvField(const Cell& cell) {
  switch (cell.type) {
    case Cell::Type::Empty:
      return {};
    case Cell::Type::Number:
      return numberText(cell.number);
    case Cell::Type::Text:
      break;
  }
  const std::string text = looksLikeFormula(cell.text) ? "'" + cell.text : cell.text;
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string quoted = "\"";
  for (const char c : text) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  quoted += '"';
  return quoted;
}

std::unique_ptr<TableWriter> csvWriter(std::FILE* file) {
  return std::make_unique<CsvWriter>(file);
}

std::unique_ptr<TableWriter> xlsxWriter(const std::filesystem::path& path, const std::filesystem::path& tmpDir) {
  return std::make_unique<XlsxWriter>(path, tmpDir);
}

}  // namespace amparo::server::exports
