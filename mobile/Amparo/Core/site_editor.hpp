#pragma once
// A new site, made in the field when the visited place is not in the list
// yet. Sites are not personal; the server merges duplicates later.

#include "record_editor.hpp"

namespace amparo::mobile {

class SiteEditor : public RecordEditor {
  Q_OBJECT
  QML_ELEMENT

public:
  explicit SiteEditor(QObject* parent = nullptr);

protected:
  void initBody(domain::RecordEnvelope& envelope) override;
};

}  // namespace amparo::mobile
