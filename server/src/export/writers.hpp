#pragma once
// The two export formats, behind one interface the exporter feeds row by
// row: neither keeps more than the current row in memory.
//
// CSV (RFC 4180): one table; UTF-8 with a byte-order mark, so that Excel —
// also in a Spanish locale — opens accents and ñ correctly instead of
// guessing Windows-1252; comma separators (the list separator in Mexico's
// locale); CRLF line ends; fields quoted when they hold a comma, quote, CR
// or LF; text that a spreadsheet would run as a formula (starting with
// = + - @ or a tab) is prefixed with an apostrophe.
// XLSX: libxlsxwriter in constant_memory mode (each row goes to a
// temporary file under the export's own directory as soon as the next one
// starts), one worksheet per table; a table longer than a worksheet
// (1,048,576 rows) continues on "<name>_2", "<name>_3", ….

#include <cstdio>
#include <filesystem>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "export/columns.hpp"

namespace amparo::server::exports {

class TableWriter {
public:
  virtual ~TableWriter() = default;
  // Declares table `index` (in the order rows will name it) and writes its
  // header row, plus the HXL hashtag row when `hxl`.
  virtual bool begin(std::size_t index, const Table& table, std::span<const Column* const> columns, bool hxl) = 0;
  virtual bool row(std::size_t index, std::span<const Cell> cells) = 0;
  // Completes the file; nothing more may be written.
  virtual bool finish() = 0;
  // What went wrong, for logs (no content).
  virtual std::string error() const = 0;
};

// Writes to `file` (not closed; flushed by finish()).
std::unique_ptr<TableWriter> csvWriter(std::FILE* file);
// Writes the workbook to `path`; temporary files go to `tmpDir`.
std::unique_ptr<TableWriter> xlsxWriter(const std::filesystem::path& path, const std::filesystem::path& tmpDir);

// One CSV field as written (quoted, formula-guarded), for the tests.
std::string csvField(const Cell& cell);

}  // namespace amparo::server::exports
