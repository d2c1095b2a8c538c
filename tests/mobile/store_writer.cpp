// amparo_store_writer DB PASSPHRASE: saves visits in a loop, new records and
// new revisions of earlier ones, and prints "id revision" after each save
// returns (its acknowledgement), until it is killed.
#include <QCoreApplication>
#include <QRandomGenerator>

#include <cstdio>

#include "amparo/sync/revision.hpp"
#include "test_support.hpp"

using namespace amparo;
using namespace amparo::mobile;

int main(int argc, char* argv[]) {
  QCoreApplication app(argc, argv);
  if (argc != 3) return 2;
  LocalStore store;
  if (!store.open(QString::fromLocal8Bit(argv[1])) || !store.unlock(QByteArrayView(argv[2]))) return 3;
  std::vector<domain::RecordEnvelope> heads;
  std::vector<bool> drafts;  // the head is a working draft (replaced in place)
  for (int i = 0;; ++i) {
    domain::RecordEnvelope next;
    const bool update = !heads.empty() && i % 3 == 2;
    const auto state = i % 2 == 0 ? LocalStore::Draft : LocalStore::Waiting;
    std::size_t slot = 0;
    bool replace = false;
    if (update) {
      slot = QRandomGenerator::global()->bounded(static_cast<quint32>(heads.size()));
      replace = drafts[slot];
      next = replace ? heads[slot] : sync::nextRevision(heads[slot]);
      next.mutable_visit()->set_people_interviewed(i);
      next.mutable_visit()->set_narrative(std::string(200 + i % 500, 'x'));
      sync::seal(next);
    } else {
      next = test::sampleVisit();
    }
    const bool ok = replace ? store.replaceDraft(next, QString::fromStdString(heads[slot].revision()), state)
                            : store.save(next, state);
    if (!ok) {
      std::fprintf(stderr, "save failed: %s\n", qPrintable(store.errorString()));
      return 4;
    }
    if (update) {
      heads[slot] = next;
      drafts[slot] = state == LocalStore::Draft;
    } else {
      heads.push_back(next);
      drafts.push_back(state == LocalStore::Draft);
    }
    std::printf("%s %s %c\n", next.id().c_str(), next.revision().c_str(), state == LocalStore::Draft ? 'D' : 'W');
    std::fflush(stdout);
  }
}
