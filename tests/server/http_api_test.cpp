// The real server, in-process, over real TLS on loopback: every answer is
// checked on the wire, and every refusal is checked to have stored nothing.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <set>
#include <thread>

#include "amparo/admin/v1/admin.pb.h"
#include "amparo/query/v1/query.pb.h"
#include "amparo/sync/record_id.hpp"
#include "amparo/sync/revision.hpp"
#include "amparo/wire/compression.hpp"
#include "auth/tokens.hpp"
#include "handlers/cursor.hpp"
#include "server_fixture.hpp"
#include "test_records.hpp"

namespace amparo::server::testing {
namespace {

namespace v1 = amparo::sync::v1;
using ::testing::HasSubstr;

using HttpApiTest = ServerFixture;

v1::PushRequest batchOf(std::initializer_list<domain::RecordEnvelope> records) {
  v1::PushRequest request;
  for (const auto& record : records) *request.add_records() = record;
  return request;
}

std::set<std::string> idsOf(const v1::PullResponse& response) {
  std::set<std::string> ids;
  for (const auto& record : response.records()) ids.insert(record.id());
  return ids;
}

bool hasAudit(App& app, const std::string& action) {
  auto entries = app.audit().entries();
  if (!entries.ok()) return false;
  for (const auto& entry : *entries) {
    if (entry.action == action) return true;
  }
  return false;
}

TEST_F(HttpApiTest, HealthzAnswersWithARequestId) {
  const auto response = client().request("GET", "/healthz");
  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(response.body, "ok\n");
  EXPECT_EQ(response.header("x-request-id").size(), 16u);
}

TEST_F(HttpApiTest, EnrollWithTheRightPasswordGivesATokenStoredOnlyAsAHash) {
  const auto token = enroll("mon-a", "pw-a");
  EXPECT_GE(token.size(), 43u);  // 256 bits in base64url
  auto byHash = app().accounts().deviceByTokenHash(auth::tokenHash(token));
  ASSERT_TRUE(byHash.ok());
  ASSERT_TRUE(byHash->has_value());
  EXPECT_EQ((*byHash)->username, "mon-a");
  auto byToken = app().accounts().deviceByTokenHash(token);
  ASSERT_TRUE(byToken.ok());
  EXPECT_FALSE(byToken->has_value());
  EXPECT_TRUE(hasAudit(app(), "device.enroll"));
}

TEST_F(HttpApiTest, EnrollWithAWrongPasswordOrUnknownUserIs401) {
  for (const auto& [user, password] : {std::pair{"mon-a", "wrong"}, std::pair{"nobody", "pw-a"}}) {
    amparo::auth::v1::EnrollRequest request;
    request.set_username(user);
    request.set_password(password);
    const auto response =
        client().request("POST", "/v1/devices/enroll", wire::toJson(request), {{"Content-Type", "application/json"}});
    EXPECT_EQ(response.status, 401) << user;
    EXPECT_EQ(response.header("content-type"), "application/json");
    const auto error = errorOf(response);
    EXPECT_EQ(error.code(), v1::ERROR_CODE_UNAUTHENTICATED);
    EXPECT_FALSE(error.request_id().empty());
  }
  EXPECT_TRUE(hasAudit(app(), "login.failed"));
}

TEST_F(HttpApiTest, PushWithoutOrWithABadTokenIs401AndStoresNothing) {
  const auto request = batchOf({makeVisit("mon-a", "TAP")});
  const auto missing =
      client().request("POST", "/v1/sync/push", wire::toBinary(request), {{"Content-Type", kProtobuf}});
  EXPECT_EQ(missing.status, 401);
  EXPECT_EQ(missing.header("www-authenticate"), "Bearer");
  EXPECT_EQ(errorOf(missing).code(), v1::ERROR_CODE_UNAUTHENTICATED);
  const auto bad = pushRaw("not-a-token", request);
  EXPECT_EQ(bad.status, 401);
  EXPECT_EQ(app().records().recordCount(), 0u);
}

TEST_F(HttpApiTest, PushAcceptsAndTheSameBatchAgainChangesNothing) {
  const auto token = enroll("mon-a", "pw-a");
  const auto first = makeVisit("mon-a", "TAP");
  const auto second = makeVisit("mon-a", "TAP");
  const auto request = batchOf({first, second});

  const auto accepted = push(token, request);
  ASSERT_EQ(accepted.results_size(), 2);
  for (int i = 0; i < 2; ++i) {
    EXPECT_EQ(accepted.results(i).outcome(), v1::PUSH_OUTCOME_ACCEPTED);
    EXPECT_EQ(accepted.results(i).record_id(), request.records(i).id());
    EXPECT_EQ(accepted.results(i).winning_revision(), request.records(i).revision());
  }
  EXPECT_EQ(app().records().recordCount(), 2u);
  const auto sequence = app().records().lastSequence();

  const auto repeated = push(token, request);
  ASSERT_EQ(repeated.results_size(), 2);
  for (int i = 0; i < 2; ++i) {
    EXPECT_EQ(repeated.results(i).outcome(), v1::PUSH_OUTCOME_ALREADY_HAD);
    EXPECT_EQ(repeated.results(i).winning_revision(), accepted.results(i).winning_revision());
  }
  EXPECT_EQ(app().records().lastSequence(), sequence);
  EXPECT_EQ(app().records().recordCount(), 2u);

  // One audit entry for the push: who, from which device, which ids — and
  // none for the repeat, which stored nothing.
  const auto entries = app().audit().entries();
  ASSERT_TRUE(entries.ok());
  std::vector<storage::AuditEntry> pushes;
  for (const auto& entry : *entries) {
    if (entry.action.starts_with("push.")) pushes.push_back(entry);
  }
  ASSERT_EQ(pushes.size(), 1u);
  EXPECT_EQ(pushes[0].action, "push.accepted");
  EXPECT_EQ(pushes[0].actor, "mon-a");
  auto device = app().accounts().deviceByTokenHash(auth::tokenHash(token));
  ASSERT_TRUE(device.ok() && device->has_value());
  EXPECT_EQ(pushes[0].subject, (*device)->deviceId);
  EXPECT_EQ(pushes[0].detail, first.id() + "/" + first.revision() + " " + second.id() + "/" + second.revision());
}

TEST_F(HttpApiTest, TwoEditsOfOneRevisionConflictAndTheWinnerIsNamed) {
  const auto token = enroll("mon-a", "pw-a");
  const auto base = makeVisit("mon-a", "TAP");
  ASSERT_EQ(push(token, batchOf({base})).results(0).outcome(), v1::PUSH_OUTCOME_ACCEPTED);
  const auto left = editVisit(base, 5);
  const auto right = editVisit(base, 7);
  const auto response = push(token, batchOf({left, right}));
  ASSERT_EQ(response.results_size(), 2);
  EXPECT_EQ(response.results(0).outcome(), v1::PUSH_OUTCOME_ACCEPTED);
  EXPECT_EQ(response.results(1).outcome(), v1::PUSH_OUTCOME_CONFLICT);
  const auto expected = sync::revisionWins(left.revision(), right.revision()) ? left.revision() : right.revision();
  EXPECT_EQ(response.results(1).winning_revision(), expected);
  EXPECT_TRUE(hasAudit(app(), "push.conflict"));
  auto meta = app().records().meta(base.id());
  ASSERT_TRUE(meta.ok() && meta->has_value());
  EXPECT_EQ((*meta)->nodes.size(), 3u);  // both branches kept

  // Coordinators find conflicts to resolve.
  push(token, batchOf({makeVisit("mon-a", "TAP")}));
  const auto coord = enroll("coord", "pw-c");
  const auto listed = client().request("GET", "/v1/records?conflict=true", {}, {{"Authorization", "Bearer " + coord}});
  amparo::query::v1::ListRecordsResponse conflicts;
  ASSERT_TRUE(wire::fromBinary(listed.body, conflicts));
  ASSERT_EQ(conflicts.records_size(), 1);
  EXPECT_EQ(conflicts.records(0).id(), base.id());
}

TEST_F(HttpApiTest, AnInvalidRecordIsRejectedAloneWithFieldErrors) {
  const auto token = enroll("mon-a", "pw-a");
  const auto valid = makeVisit("mon-a", "TAP");
  auto invalid = makeVisit("mon-a", "TAP");
  invalid.mutable_visit()->clear_site_id();
  sync::seal(invalid);
  auto badSeal = makeVisit("mon-a", "TAP");
  badSeal.mutable_visit()->set_people_interviewed(99);  // changed after sealing

  const auto response = push(token, batchOf({valid, invalid, badSeal}));
  ASSERT_EQ(response.results_size(), 3);
  EXPECT_EQ(response.results(0).outcome(), v1::PUSH_OUTCOME_ACCEPTED);
  EXPECT_EQ(response.results(1).outcome(), v1::PUSH_OUTCOME_REJECTED);
  bool siteIdRequired = false;
  for (const auto& error : response.results(1).field_errors()) {
    siteIdRequired |= error.path() == "visit.site_id" && error.code() == "required";
    EXPECT_FALSE(error.message_es().empty());
  }
  EXPECT_TRUE(siteIdRequired);
  EXPECT_EQ(response.results(2).outcome(), v1::PUSH_OUTCOME_REJECTED);
  EXPECT_THAT(response.results(2).error().message(), HasSubstr("content_hash"));

  EXPECT_EQ(app().records().recordCount(), 1u);
  for (const auto* rejected : {&invalid, &badSeal}) {
    auto meta = app().records().meta(rejected->id());
    ASSERT_TRUE(meta.ok());
    EXPECT_FALSE(meta->has_value());
  }
}

TEST_F(HttpApiTest, AnOmittedContentHashIsFilledInAndTheRevisionStillGuardsTheBody) {
  const auto token = enroll("mon-a", "pw-a");
  auto lean = makeVisit("mon-a", "TAP");
  const auto hash = lean.content_hash();
  const auto sealed = lean;
  lean.clear_content_hash();
  auto tampered = makeVisit("mon-a", "TAP");
  tampered.clear_content_hash();
  tampered.mutable_visit()->set_people_interviewed(99);  // changed after sealing

  const auto full = makeVisit("mon-a", "TAP");

  const auto response = push(token, batchOf({lean, tampered, full}));
  ASSERT_EQ(response.results_size(), 3);
  EXPECT_EQ(response.results(0).outcome(), v1::PUSH_OUTCOME_ACCEPTED);
  EXPECT_EQ(response.results(1).outcome(), v1::PUSH_OUTCOME_REJECTED);
  EXPECT_THAT(response.results(1).error().message(), HasSubstr("revision"));
  EXPECT_EQ(response.results(2).outcome(), v1::PUSH_OUTCOME_ACCEPTED);

  // A record sent whole is stored as sent.
  auto storedFull = app().records().envelope(full.id(), full.revision());
  ASSERT_TRUE(storedFull.ok() && storedFull->has_value());
  EXPECT_EQ(wire::toBinary(**storedFull), wire::toBinary(full));

  auto stored = app().records().envelope(lean.id(), lean.revision());
  ASSERT_TRUE(stored.ok() && stored->has_value());
  EXPECT_EQ((*stored)->content_hash(), hash);
  // Stored as sent plus the hash: it reads back as the whole sealed record.
  EXPECT_EQ(wire::toBinary(**stored), wire::toBinary(sealed));
  auto rejected = app().records().meta(tampered.id());
  ASSERT_TRUE(rejected.ok());
  EXPECT_FALSE(rejected->has_value());
}

// The server hashes a body from its bytes as sent; a client whose bytes are
// not the deterministic serialisation (here: a field sent twice, the last
// one counting) still gets its record accepted, hashed from the parsed body.
TEST_F(HttpApiTest, ABodyNotSerialisedDeterministicallyIsStillAcceptedAndStoredWhole) {
  const auto token = enroll("mon-a", "pw-a");
  const auto sealed = makeVisit("mon-a", "TAP");
  ASSERT_FALSE(sealed.visit().site_id().empty());
  const auto lengthDelimited = [](int field, const std::string& bytes) {
    std::string out;
    for (std::uint64_t value = (static_cast<std::uint64_t>(field) << 3) | 2;; value >>= 7) {
      out += static_cast<char>(value < 0x80 ? value : (value & 0x7f) | 0x80);
      if (value < 0x80) break;
    }
    for (std::uint64_t value = bytes.size();; value >>= 7) {
      out += static_cast<char>(value < 0x80 ? value : (value & 0x7f) | 0x80);
      if (value < 0x80) break;
    }
    return out + bytes;
  };
  records::v1::Visit overwritten;
  overwritten.set_site_id("overwritten-by-the-next-value");
  const auto body = wire::toBinary(overwritten) + wire::toBinary(sealed.visit());
  auto withoutBody = sealed;
  withoutBody.clear_visit();
  withoutBody.clear_content_hash();
  const auto envelopeBytes = wire::toBinary(withoutBody) + lengthDelimited(sealed.body_case(), body);
  domain::RecordEnvelope parsed;
  ASSERT_TRUE(wire::fromBinary(envelopeBytes, parsed));
  ASSERT_EQ(parsed.visit().site_id(), sealed.visit().site_id());

  const auto raw = client().request("POST", "/v1/sync/push", lengthDelimited(1, envelopeBytes),
                                    {{"Content-Type", kProtobuf}, {"Authorization", "Bearer " + token}});
  ASSERT_EQ(raw.status, 200) << raw.body;
  v1::PushResponse response;
  ASSERT_TRUE(wire::fromBinary(raw.body, response));
  ASSERT_EQ(response.results_size(), 1);
  EXPECT_EQ(response.results(0).outcome(), v1::PUSH_OUTCOME_ACCEPTED) << response.results(0).error().message();
  auto stored = app().records().envelope(sealed.id(), sealed.revision());
  ASSERT_TRUE(stored.ok() && stored->has_value());
  EXPECT_EQ(wire::toBinary(**stored), wire::toBinary(sealed));
}

TEST_F(HttpApiTest, ARecordOfAnotherOfficeOrAuthorIs403AndNothingIsStored) {
  const auto token = enroll("mon-a", "pw-a");
  const auto wrongOffice = batchOf({makeVisit("mon-a", "TAP"), makeVisit("mon-a", "TEN")});
  const auto response = pushRaw(token, wrongOffice);
  EXPECT_EQ(response.status, 403);
  const auto error = errorOf(response);
  EXPECT_EQ(error.code(), v1::ERROR_CODE_PERMISSION_DENIED);
  ASSERT_EQ(error.field_errors_size(), 1);
  EXPECT_EQ(error.field_errors(0).path(), "records[1].office_code");

  const auto wrongAuthor = pushRaw(token, batchOf({makeVisit("mon-b", "TAP")}));
  EXPECT_EQ(wrongAuthor.status, 403);
  EXPECT_EQ(errorOf(wrongAuthor).field_errors(0).path(), "records[0].author");

  EXPECT_EQ(app().records().recordCount(), 0u);
  EXPECT_TRUE(hasAudit(app(), "forbidden"));
}

TEST_F(HttpApiTest, MalformedBodiesAre400WithAnErrorBody) {
  const auto token = enroll("mon-a", "pw-a");
  const auto garbage = client().request("POST", "/v1/sync/push", std::string("\xff\xff\xff\x0f garbage", 12),
                                        {{"Content-Type", kProtobuf}, {"Authorization", "Bearer " + token}});
  EXPECT_EQ(garbage.status, 400);
  EXPECT_EQ(errorOf(garbage).code(), v1::ERROR_CODE_MALFORMED_BODY);

  // Well framed, but the second record does not decode: the whole push is
  // refused, the first record included.
  const auto framed = wire::toBinary(batchOf({makeVisit("mon-a", "TAP")})) + std::string("\x0a\x04\xff\xff\xff\x0f", 6);
  const auto badRecord = client().request("POST", "/v1/sync/push", framed,
                                          {{"Content-Type", kProtobuf}, {"Authorization", "Bearer " + token}});
  EXPECT_EQ(badRecord.status, 400);
  EXPECT_EQ(errorOf(badRecord).code(), v1::ERROR_CODE_MALFORMED_BODY);

  const auto json = client().request("POST", "/v1/sync/push", "{\"records\": [ {\"unknownField\": 1} ]}",
                                     {{"Content-Type", "application/json"}, {"Authorization", "Bearer " + token}});
  EXPECT_EQ(json.status, 400);
  EXPECT_EQ(json.header("content-type"), "application/json");
  EXPECT_EQ(errorOf(json).code(), v1::ERROR_CODE_MALFORMED_BODY);

  const auto unsupported = client().request("POST", "/v1/sync/push", "records",
                                            {{"Content-Type", "text/plain"}, {"Authorization", "Bearer " + token}});
  EXPECT_EQ(unsupported.status, 415);
  EXPECT_EQ(app().records().recordCount(), 0u);
}

TEST_F(HttpApiTest, ABodyOverTheLimitIs413BeforeItIsRead) {
  const auto token = enroll("mon-a", "pw-a");
  // Announce 1 MiB, send a few bytes: the server must answer from the header.
  const auto response = client().raw(
      "POST /v1/sync/push HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-protobuf\r\n"
      "Authorization: Bearer " +
      token + "\r\nContent-Length: 1048576\r\n\r\nabc");
  EXPECT_EQ(response.status, 413);
  EXPECT_EQ(errorOf(response).code(), v1::ERROR_CODE_PAYLOAD_TOO_LARGE);
  EXPECT_EQ(app().records().recordCount(), 0u);
}

TEST_F(HttpApiTest, TooManyRecordsInOneBatchIs413AndNothingIsStored) {
  const auto token = enroll("mon-a", "pw-a");
  v1::PushRequest request;
  for (std::size_t i = 0; i <= kTestMaxBatch; ++i) *request.add_records() = makeVisit("mon-a", "TAP");
  const auto response = pushRaw(token, request);
  EXPECT_EQ(response.status, 413);
  EXPECT_EQ(errorOf(response).code(), v1::ERROR_CODE_PAYLOAD_TOO_LARGE);
  EXPECT_EQ(app().records().recordCount(), 0u);
}

TEST_F(HttpApiTest, UnknownRouteIs404AndWrongMethodIs405) {
  const auto missing = client().request("GET", "/v1/nothing-here");
  EXPECT_EQ(missing.status, 404);
  EXPECT_EQ(errorOf(missing).code(), v1::ERROR_CODE_NOT_FOUND);
  const auto wrongMethod = client().request("GET", "/v1/sync/push");
  EXPECT_EQ(wrongMethod.status, 405);
  EXPECT_EQ(wrongMethod.header("allow"), "POST");
}

TEST_F(HttpApiTest, PullPagesThroughTheFeedWithACursor) {
  const auto token = enroll("mon-a", "pw-a");
  std::set<std::string> pushed;
  v1::PushRequest request;
  for (int i = 0; i < 5; ++i) {
    auto record = makeVisit("mon-a", "TAP");
    pushed.insert(record.id());
    *request.add_records() = record;
  }
  push(token, request);

  std::set<std::string> seen;
  std::string cursor;
  int pages = 0;
  for (;;) {
    const auto page = pull(token, "?limit=2" + (cursor.empty() ? "" : "&cursor=" + handlers::cursorToParam(cursor)));
    EXPECT_LE(page.records_size(), 2);
    EXPECT_EQ(page.has_reference_data(), cursor.empty());  // vocabularies on the first pull only
    for (const auto& record : page.records()) EXPECT_TRUE(seen.insert(record.id()).second) << "seen twice";
    cursor = page.next_cursor();
    ++pages;
    if (!page.has_more()) break;
    ASSERT_LT(pages, 10);
  }
  EXPECT_EQ(seen, pushed);
  EXPECT_EQ(pages, 3);

  // Resuming from the last cursor gives nothing new until something changes.
  EXPECT_EQ(pull(token, "?cursor=" + handlers::cursorToParam(cursor)).records_size(), 0);
  const auto later = makeVisit("mon-a", "TAP");
  push(token, batchOf({later}));
  const auto resumed = pull(token, "?cursor=" + handlers::cursorToParam(cursor));
  ASSERT_EQ(resumed.records_size(), 1);
  EXPECT_EQ(resumed.records(0).id(), later.id());

  // Vocabularies again only when the device's are older.
  const auto first = pull(token);
  ASSERT_TRUE(first.has_reference_data());
  std::string versions;
  for (const auto& v : first.reference_data().versions()) {
    versions += (versions.empty() ? "" : ",") + v.name() + "=" + v.version();
  }
  EXPECT_FALSE(pull(token, "?reference=" + versions).has_reference_data());
  EXPECT_TRUE(
      pull(token, "?cursor=" + handlers::cursorToParam(cursor) + "&reference=specific_needs=v3").has_reference_data());

  EXPECT_EQ(client().request("GET", "/v1/sync/pull?cursor=%%%", {}, {{"Authorization", "Bearer " + token}}).status,
            400);
  EXPECT_EQ(client().request("GET", "/v1/sync/pull?cursor=AAAA", {}, {{"Authorization", "Bearer " + token}}).status,
            400);
}

TEST_F(HttpApiTest, PullIsScopedByRoleOfficeAndAuthor) {
  const auto monA = enroll("mon-a", "pw-a");
  const auto monB = enroll("mon-b", "pw-b");
  const auto monTen = enroll("mon-ten", "pw-t");
  const auto coord = enroll("coord", "pw-c");
  const auto recordA = makeVisit("mon-a", "TAP");
  const auto recordB = makeVisit("mon-b", "TAP");
  const auto recordTen = makeVisit("mon-ten", "TEN");
  push(monA, batchOf({recordA}));
  push(monB, batchOf({recordB}));
  push(monTen, batchOf({recordTen}));
  const auto review = makeReview("coord", recordA);
  ASSERT_EQ(push(coord, batchOf({review})).results(0).outcome(), v1::PUSH_OUTCOME_ACCEPTED);

  EXPECT_EQ(idsOf(pull(monA)), (std::set<std::string>{recordA.id(), review.id()}));
  EXPECT_EQ(idsOf(pull(monB)), (std::set<std::string>{recordB.id()}));
  EXPECT_EQ(idsOf(pull(monTen)), (std::set<std::string>{recordTen.id()}));
  EXPECT_EQ(idsOf(pull(coord)), (std::set<std::string>{recordA.id(), recordB.id(), recordTen.id(), review.id()}));
  // echo=false: a device is not sent back what it pushed itself; another
  // device of the same monitor gets it.
  const auto monA2 = enroll("mon-a", "pw-a");
  EXPECT_EQ(idsOf(pull(monA, "?echo=false")), (std::set<std::string>{review.id()}));
  EXPECT_EQ(idsOf(pull(monA2, "?echo=false")), (std::set<std::string>{recordA.id(), review.id()}));
  EXPECT_EQ(client().request("GET", "/v1/sync/pull?echo=maybe", {}, {{"Authorization", "Bearer " + monA}}).status, 400);
  // The coordinator workspace keeps only its own records on the device.
  EXPECT_EQ(idsOf(pull(coord, "?scope=own")), (std::set<std::string>{review.id()}));
  EXPECT_EQ(client().request("GET", "/v1/sync/pull?scope=all", {}, {{"Authorization", "Bearer " + coord}}).status, 400);

  // A monitor may not review.
  const auto monitorReview = pushRaw(monB, batchOf({makeReview("mon-b", recordA)}));
  EXPECT_EQ(monitorReview.status, 403);

  // A review of a record the server does not have would reach nobody.
  const auto orphan = makeReview("coord", makeVisit("mon-a", "TAP"));
  const auto refused = push(coord, batchOf({orphan}));
  ASSERT_EQ(refused.results_size(), 1);
  EXPECT_EQ(refused.results(0).outcome(), v1::PUSH_OUTCOME_REJECTED);
  ASSERT_EQ(refused.results(0).field_errors_size(), 1);
  EXPECT_EQ(refused.results(0).field_errors(0).path(), "review.target_record_id");
  EXPECT_FALSE(app().records().meta(orphan.id())->has_value());
}

TEST_F(HttpApiTest, JsonWorksBothWays) {
  const auto token = enroll("mon-a", "pw-a");
  const auto record = makeVisit("mon-a", "TAP");
  const auto response = client().request(
      "POST", "/v1/sync/push", wire::toJson(batchOf({record})),
      {{"Content-Type", "application/json"}, {"Accept", "application/json"}, {"Authorization", "Bearer " + token}});
  ASSERT_EQ(response.status, 200) << response.body;
  EXPECT_EQ(response.header("content-type"), "application/json");
  v1::PushResponse body;
  ASSERT_TRUE(wire::fromJson(response.body, body)) << response.body;
  EXPECT_EQ(body.results(0).outcome(), v1::PUSH_OUTCOME_ACCEPTED);
}

TEST_F(HttpApiTest, MetricsCountRequestsRecordsAndConnections) {
  const auto token = enroll("mon-a", "pw-a");
  push(token, batchOf({makeVisit("mon-a", "TAP")}));
  waitUntilNoConnectionIsOpen();
  const auto response = client().request("GET", "/metrics");
  ASSERT_EQ(response.status, 200);
  EXPECT_THAT(response.body, HasSubstr("amparo_http_requests_total{route=\"/v1/sync/push\",status=\"200\"} 1"));
  EXPECT_THAT(response.body, HasSubstr("amparo_records_stored 1"));
  EXPECT_THAT(response.body, HasSubstr("amparo_open_connections 1"));  // this very request
  EXPECT_THAT(response.body, HasSubstr("amparo_push_batch_records_count 1"));
  EXPECT_THAT(response.body, HasSubstr("amparo_http_request_duration_seconds_bucket{route=\"/v1/sync/push\""));
}

TEST_F(HttpApiTest, DataAndTokensSurviveARestart) {
  const auto token = enroll("mon-a", "pw-a");
  const auto record = makeVisit("mon-a", "TAP");
  push(token, batchOf({record}));
  restartServer();
  EXPECT_EQ(app().records().recordCount(), 1u);
  EXPECT_EQ(idsOf(pull(token)), (std::set<std::string>{record.id()}));
  EXPECT_EQ(push(token, batchOf({record})).results(0).outcome(), v1::PUSH_OUTCOME_ALREADY_HAD);
}

TEST_F(HttpApiTest, CoordinatorsListAndReadRecordsOfTheirOfficesOnly) {
  const auto monA = enroll("mon-a", "pw-a");
  const auto monTen = enroll("mon-ten", "pw-t");
  const auto coord = enroll("coord", "pw-c");
  const auto recordA = makeVisit("mon-a", "TAP");
  const auto edited = editVisit(recordA, 11);
  const auto recordTen = makeVisit("mon-ten", "TEN");
  push(monA, batchOf({recordA, edited, makeVisit("mon-a", "TAP")}));
  push(monTen, batchOf({recordTen}));
  const auto auth = HttpsClient::Headers{{"Authorization", "Bearer " + coord}};

  const auto all = client().request("GET", "/v1/records?page_size=2", {}, auth);
  ASSERT_EQ(all.status, 200) << all.body;
  amparo::query::v1::ListRecordsResponse page;
  ASSERT_TRUE(wire::fromBinary(all.body, page));
  EXPECT_EQ(page.records_size(), 2);
  ASSERT_FALSE(page.next_page_token().empty());
  const auto rest = client().request("GET", "/v1/records?page_token=" + page.next_page_token(), {}, auth);
  amparo::query::v1::ListRecordsResponse second;
  ASSERT_TRUE(wire::fromBinary(rest.body, second));
  EXPECT_EQ(page.records_size() + second.records_size(), 3);
  EXPECT_TRUE(second.next_page_token().empty());

  const auto tenOnly = client().request("GET", "/v1/records?office=TEN&kind=visit", {}, auth);
  amparo::query::v1::ListRecordsResponse ten;
  ASSERT_TRUE(wire::fromBinary(tenOnly.body, ten));
  ASSERT_EQ(ten.records_size(), 1);
  EXPECT_EQ(ten.records(0).id(), recordTen.id());

  const auto one = client().request("GET", "/v1/records/" + recordA.id(), {}, auth);
  ASSERT_EQ(one.status, 200);
  amparo::query::v1::GetRecordResponse detail;
  ASSERT_TRUE(wire::fromBinary(one.body, detail));
  EXPECT_EQ(detail.record().revision(), edited.revision());  // the winner
  EXPECT_EQ(detail.revisions_size(), 2);
  EXPECT_FALSE(detail.in_conflict());
  // Who changed it, from which device, when.
  for (const auto& info : detail.revisions()) {
    EXPECT_EQ(info.author(), "mon-a");
    EXPECT_FALSE(info.device_id().empty());
    EXPECT_TRUE(info.has_modified_at());
  }

  EXPECT_EQ(client().request("GET", "/v1/records/" + sync::newRecordId(), {}, auth).status, 404);
  // Monitors may not use the coordinator API.
  EXPECT_EQ(client().request("GET", "/v1/records", {}, {{"Authorization", "Bearer " + monA}}).status, 403);
  EXPECT_TRUE(hasAudit(app(), "forbidden"));
}

TEST_F(HttpApiTest, ACoordinatorOfOtherOfficesGets403) {
  const auto cost = auth::PasswordCost::minimal();
  ASSERT_TRUE(
      auth::createAccount(app().accounts(), "coord-sal", "pw", storage::Role::Coordinator, {"SAL"}, cost, "t").ok());
  const auto monA = enroll("mon-a", "pw-a");
  const auto coordSal = enroll("coord-sal", "pw");
  const auto record = makeVisit("mon-a", "TAP");
  push(monA, batchOf({record}));
  const auto auth = HttpsClient::Headers{{"Authorization", "Bearer " + coordSal}};
  EXPECT_EQ(client().request("GET", "/v1/records/" + record.id(), {}, auth).status, 403);
  EXPECT_EQ(client().request("GET", "/v1/records?office=TAP", {}, auth).status, 403);
  amparo::query::v1::ListRecordsResponse none;
  ASSERT_TRUE(wire::fromBinary(client().request("GET", "/v1/records", {}, auth).body, none));
  EXPECT_EQ(none.records_size(), 0);
  EXPECT_EQ(pull(coordSal).records_size(), 0);
}

TEST_F(HttpApiTest, DrainClosesIdleConnectionsPromptlyAndStopsAccepting) {
  auto idle = client().connectIdle();
  auto halfway = client().connectIdle();
  halfway.send("GET /healthz HTTP/1.1\r\nHost: x\r\n");  // a request still arriving
  // Let the server read those bytes, so the drain sees a request under way.
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  const auto started = std::chrono::steady_clock::now();
  // The half-sent request holds the drain until its deadline; the idle one
  // is closed at once.
  EXPECT_FALSE(app().stop());
  const auto took = std::chrono::steady_clock::now() - started;
  EXPECT_TRUE(idle.waitClosedByServer(1000));
  EXPECT_TRUE(halfway.waitClosedByServer(1000));
  EXPECT_GE(took, std::chrono::milliseconds(2500));
  EXPECT_LT(took, std::chrono::milliseconds(8000));
  EXPECT_THROW(client().request("GET", "/healthz"), std::runtime_error);  // nobody listens
}

TEST_F(HttpApiTest, DrainWithOnlyIdleConnectionsIsCleanAndQuick) {
  auto idle = client().connectIdle();
  EXPECT_EQ(client().request("GET", "/healthz").status, 200);
  const auto started = std::chrono::steady_clock::now();
  EXPECT_TRUE(app().stop());
  EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::milliseconds(1500));
  EXPECT_TRUE(idle.waitClosedByServer(1000));
}

TEST_F(HttpApiTest, RepeatedFailedLoginsAreSlowedDownEvenForTheRightPassword) {
  amparo::auth::v1::EnrollRequest wrong;
  wrong.set_username("mon-a");
  wrong.set_password("guess");
  const HttpsClient::Headers json{{"Content-Type", "application/json"}};
  for (int i = 0; i < 3; ++i) {
    EXPECT_EQ(client().request("POST", "/v1/devices/enroll", wire::toJson(wrong), json).status, 401);
  }
  auto right = wrong;
  right.set_password("pw-a");
  const auto response = client().request("POST", "/v1/devices/enroll", wire::toJson(right), json);
  EXPECT_EQ(response.status, 429);
  EXPECT_EQ(errorOf(response).code(), v1::ERROR_CODE_RATE_LIMITED);
  EXPECT_GE(std::stoi(response.header("retry-after")), 1);
}

TEST(LoginLockTest, ALockedAccountStaysLockedAcrossARestart) {
  setLogEnabled(false);
  TempDir dir;
  Config config;
  config.dataDir = dir.path();
  config.port = 0;
  config.passwordCost = auth::PasswordCost::minimal();
  config.loginThrottle.slowAfter = 5;
  config.loginThrottle.lockAfter = 2;
  amparo::auth::v1::EnrollRequest wrong;
  wrong.set_username("mon-a");
  wrong.set_password("guess");
  auto right = wrong;
  right.set_password("pw-a");
  const HttpsClient::Headers headers{{"Content-Type", kProtobuf}};
  {
    auto app = App::start(config);
    ASSERT_TRUE(auth::createAccount(app->accounts(), "mon-a", "pw-a", storage::Role::Monitor, {"TAP"},
                                    config.passwordCost, "test")
                    .ok());
    ASSERT_TRUE(auth::createAccount(app->accounts(), "mon-b", "pw-b", storage::Role::Monitor, {"TAP"},
                                    config.passwordCost, "test")
                    .ok());
    HttpsClient client(app->port(), app->fingerprint());
    for (int i = 0; i < 2; ++i) {
      EXPECT_EQ(client.request("POST", "/v1/devices/enroll", wire::toBinary(wrong), headers).status, 401);
    }
    EXPECT_EQ(client.request("POST", "/v1/devices/enroll", wire::toBinary(right), headers).status, 429);
    EXPECT_TRUE(app->stop());
  }
  auto app = App::start(config);
  HttpsClient client(app->port(), app->fingerprint());
  const auto response = client.request("POST", "/v1/devices/enroll", wire::toBinary(right), headers);
  EXPECT_EQ(response.status, 429);
  EXPECT_GE(std::stoi(response.header("retry-after")), 60);  // the 15-minute lock, not a slow-down
  // Other accounts are not affected.
  amparo::auth::v1::EnrollRequest other;
  other.set_username("mon-b");
  other.set_password("pw-b");
  EXPECT_EQ(client.request("POST", "/v1/devices/enroll", wire::toBinary(other), headers).status, 200);
  EXPECT_TRUE(app->stop());
}

TEST(CreateAdminTest, TheFirstAdminCanEnrollAndIsCreatedOnce) {
  setLogEnabled(false);
  TempDir dir;
  const auto cost = auth::PasswordCost::minimal();
  EXPECT_THROW(createAdmin(dir.path(), "root", "short", cost), std::runtime_error);
  createAdmin(dir.path(), "root", "correct horse battery", cost);
  EXPECT_THROW(createAdmin(dir.path(), "root", "correct horse battery", cost), std::runtime_error);

  Config config;
  config.dataDir = dir.path();
  config.port = 0;
  config.passwordCost = cost;
  auto app = App::start(config);
  EXPECT_THROW(createAdmin(dir.path(), "other", "correct horse battery", cost), std::runtime_error);  // in use
  HttpsClient client(app->port(), app->fingerprint());
  amparo::auth::v1::EnrollRequest request;
  request.set_username("root");
  request.set_password("correct horse battery");
  const auto response =
      client.request("POST", "/v1/devices/enroll", wire::toBinary(request), {{"Content-Type", kProtobuf}});
  ASSERT_EQ(response.status, 200);
  amparo::auth::v1::EnrollResponse body;
  ASSERT_TRUE(wire::fromBinary(response.body, body));
  EXPECT_EQ(body.role(), amparo::auth::v1::ROLE_ADMIN);
  EXPECT_TRUE(app->stop());
}

TEST_F(HttpApiTest, AdminsCreateAccountsAndRevokeDevicesWhichAreThenToldToWipe) {
  ASSERT_TRUE(auth::createAccount(app().accounts(), "root", "correct horse battery", storage::Role::Admin, {},
                                  auth::PasswordCost::minimal(), "test")
                  .ok());
  const auto admin = enroll("root", "correct horse battery");
  const HttpsClient::Headers auth{{"Authorization", "Bearer " + admin}, {"Content-Type", kProtobuf}};

  amparo::admin::v1::CreateAccountRequest create;
  create.set_username("new-monitor");
  create.set_password("long enough pw");
  create.set_role(amparo::auth::v1::ROLE_MONITOR);
  create.add_office_codes("ACA");
  const auto created = client().request("POST", "/v1/admin/accounts", wire::toBinary(create), auth);
  ASSERT_EQ(created.status, 201) << created.body;
  EXPECT_EQ(client().request("POST", "/v1/admin/accounts", wire::toBinary(create), auth).status, 409);
  create.set_username("bad office");
  create.set_office_codes(0, "XXX");
  const auto invalid = client().request("POST", "/v1/admin/accounts", wire::toBinary(create), auth);
  EXPECT_EQ(invalid.status, 400);
  EXPECT_EQ(errorOf(invalid).field_errors_size(), 2);  // username format, unknown office

  const auto monitor = enroll("new-monitor", "long enough pw");
  push(monitor, batchOf({makeVisit("new-monitor", "ACA")}));
  // Monitors and coordinators cannot use admin routes.
  EXPECT_EQ(client().request("GET", "/v1/admin/devices", {}, {{"Authorization", "Bearer " + monitor}}).status, 403);

  const auto listed = client().request("GET", "/v1/admin/devices?username=new-monitor", {}, auth);
  amparo::admin::v1::ListDevicesResponse devices;
  ASSERT_TRUE(wire::fromBinary(listed.body, devices));
  ASSERT_EQ(devices.devices_size(), 1);
  EXPECT_FALSE(devices.devices(0).revoked());
  const auto revoked =
      client().request("POST", "/v1/admin/devices/" + devices.devices(0).device_id() + "/revoke", {}, auth);
  ASSERT_EQ(revoked.status, 200);

  // At once: no more pushes, and the next pull says wipe, with no data.
  const auto refused = pushRaw(monitor, batchOf({makeVisit("new-monitor", "ACA")}));
  EXPECT_EQ(refused.status, 401);
  EXPECT_EQ(errorOf(refused).code(), v1::ERROR_CODE_DEVICE_REVOKED);
  const auto wipe = pull(monitor);
  EXPECT_TRUE(wipe.wipe());
  EXPECT_EQ(wipe.records_size(), 0);
  EXPECT_TRUE(hasAudit(app(), "device.revoke"));

  // Disabling an account stops all its devices.
  const auto coord = enroll("coord", "pw-c");
  EXPECT_EQ(client().request("POST", "/v1/admin/accounts/coord/disable", {}, auth).status, 200);
  EXPECT_EQ(client().request("GET", "/v1/sync/pull", {}, {{"Authorization", "Bearer " + coord}}).status, 401);
}

TEST_F(HttpApiTest, CompressedBodiesBothWaysAndBombsAre413) {
  const auto token = enroll("mon-a", "pw-a");
  v1::PushRequest request;
  for (int i = 0; i < 20; ++i) *request.add_records() = makeVisit("mon-a", "TAP");
  const auto plain = wire::toBinary(request);
  for (const auto encoding : {wire::Encoding::Zstd, wire::Encoding::Gzip}) {
    const auto name = std::string(wire::encodingName(encoding));
    const auto response = client().request("POST", "/v1/sync/push", wire::compress(encoding, plain),
                                           {{"Content-Type", kProtobuf},
                                            {"Content-Encoding", name},
                                            {"Accept-Encoding", name},
                                            {"Authorization", "Bearer " + token}});
    ASSERT_EQ(response.status, 200) << name;
    EXPECT_EQ(response.header("content-encoding"), name);
    std::string body;
    ASSERT_EQ(wire::decompress(encoding, response.body, 1 << 20, body), wire::DecompressError::None);
    v1::PushResponse pushed;
    ASSERT_TRUE(wire::fromBinary(body, pushed));
    ASSERT_EQ(pushed.results_size(), 20);
  }
  EXPECT_EQ(app().records().recordCount(), 20u);

  const auto bomb = wire::compress(wire::Encoding::Zstd, std::string(kTestBodyLimit * 4, 'a'));
  ASSERT_LT(bomb.size(), kTestBodyLimit);
  const auto refused = client().request(
      "POST", "/v1/sync/push", bomb,
      {{"Content-Type", kProtobuf}, {"Content-Encoding", "zstd"}, {"Authorization", "Bearer " + token}});
  EXPECT_EQ(refused.status, 413);
  EXPECT_EQ(errorOf(refused).code(), v1::ERROR_CODE_PAYLOAD_TOO_LARGE);
  const auto unknown =
      client().request("POST", "/v1/sync/push", plain,
                       {{"Content-Type", kProtobuf}, {"Content-Encoding", "br"}, {"Authorization", "Bearer " + token}});
  EXPECT_EQ(unknown.status, 415);
  EXPECT_EQ(app().records().recordCount(), 20u);
}

TEST(TimeoutTest, StalledAndSilentClientsAreDisconnected) {
  setLogEnabled(false);
  TempDir dir;
  Config config;
  config.dataDir = dir.path();
  config.port = 0;
  config.readTimeout = std::chrono::milliseconds(500);
  auto app = App::start(config);
  HttpsClient client(app->port(), app->fingerprint());
  auto silent = client.connectIdle();
  auto stalled = client.connectIdle();
  stalled.send("POST /v1/sync/push HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nabc");  // 97 bytes short
  const auto started = std::chrono::steady_clock::now();
  EXPECT_TRUE(silent.waitClosedByServer(3000));
  EXPECT_TRUE(stalled.waitClosedByServer(3000));
  EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::milliseconds(2500));
  EXPECT_EQ(client.request("GET", "/healthz").status, 200);  // and the server runs on
  EXPECT_TRUE(app->stop());
}

TEST_F(HttpApiTest, RecordListFiltersByVisitTypeDatesAndAlerts) {
  const auto monA = enroll("mon-a", "pw-a");
  const auto coord = enroll("coord", "pw-c");
  auto alerted = makeVisit("mon-a", "TAP");
  alerted.mutable_visit()->set_alert(true);
  sync::seal(alerted);
  push(monA, batchOf({makeVisit("mon-a", "TAP"), alerted}));
  const HttpsClient::Headers auth{{"Authorization", "Bearer " + coord}};
  auto count = [&](const std::string& query) {
    const auto response = client().request("GET", "/v1/records?" + query, {}, auth);
    EXPECT_EQ(response.status, 200) << query;
    amparo::query::v1::ListRecordsResponse page;
    EXPECT_TRUE(wire::fromBinary(response.body, page));
    return page.records_size();
  };
  EXPECT_EQ(count("visit_type=urban"), 2);
  EXPECT_EQ(count("visit_type=detention"), 0);
  EXPECT_EQ(count("from=2000-01-01"), 2);
  EXPECT_EQ(count("to=2000-01-01"), 0);
  EXPECT_EQ(count("alert=true"), 1);

  auto flag = makeReview("coord", alerted);
  flag.mutable_review()->set_verdict(amparo::records::v1::REVIEW_VERDICT_FLAGGED);
  flag.mutable_review()->set_comment("Revisar el conteo de niñas y niños.");
  sync::seal(flag);
  ASSERT_EQ(push(coord, batchOf({flag})).results(0).outcome(), v1::PUSH_OUTCOME_ACCEPTED);
  EXPECT_EQ(count("kind=visit&review_status=flagged"), 1);
  EXPECT_EQ(count("kind=visit&review_status=unreviewed"), 1);
  EXPECT_EQ(count("kind=visit&review_status=reviewed"), 0);
  const auto detail = client().request("GET", "/v1/records/" + alerted.id(), {}, auth);
  amparo::query::v1::GetRecordResponse record;
  ASSERT_TRUE(wire::fromBinary(detail.body, record));
  ASSERT_EQ(record.reviews_size(), 1);
  EXPECT_EQ(record.reviews(0).id(), flag.id());
  EXPECT_EQ(client().request("GET", "/v1/records?review_status=maybe", {}, auth).status, 400);
  EXPECT_EQ(client().request("GET", "/v1/records?visit_type=spaceship", {}, auth).status, 400);
  EXPECT_EQ(client().request("GET", "/v1/records?from=2026-02-30", {}, auth).status, 400);
}

TEST_F(HttpApiTest, RecordsAreSingleWriterAndKeepTheirOffice) {
  const auto monA = enroll("mon-a", "pw-a");
  const auto monB = enroll("mon-b", "pw-b");
  const auto original = makeVisit("mon-a", "TAP");
  push(monA, batchOf({original}));

  auto hijack = editVisit(original, 9);
  hijack.set_author("mon-b");
  sync::seal(hijack);
  const auto byOther = push(monB, batchOf({hijack}));
  EXPECT_EQ(byOther.results(0).outcome(), v1::PUSH_OUTCOME_REJECTED);
  EXPECT_EQ(byOther.results(0).error().code(), v1::ERROR_CODE_PERMISSION_DENIED);
  EXPECT_EQ(byOther.results(0).winning_revision(), original.revision());

  // A monitor of both offices still cannot move a record between them.
  ASSERT_TRUE(auth::createAccount(app().accounts(), "mon-both", "pw-both", storage::Role::Monitor, {"TAP", "TEN"},
                                  auth::PasswordCost::minimal(), "test")
                  .ok());
  const auto both = enroll("mon-both", "pw-both");
  const auto mine = makeVisit("mon-both", "TAP");
  push(both, batchOf({mine}));
  auto moved = editVisit(mine, 2);
  moved.set_office_code("TEN");
  sync::seal(moved);
  const auto response = push(both, batchOf({moved}));
  EXPECT_EQ(response.results(0).outcome(), v1::PUSH_OUTCOME_REJECTED);
  EXPECT_THAT(response.results(0).error().message(), HasSubstr("office"));
}

TEST_F(HttpApiTest, KeepAliveServesManyRequestsOnOneConnection) {
  auto keepAlive = client();
  keepAlive.setKeepAlive(true);
  const auto token = enroll("mon-a", "pw-a");
  waitUntilNoConnectionIsOpen();
  for (int i = 0; i < 5; ++i) {
    const auto response =
        keepAlive.request("POST", "/v1/sync/push", wire::toBinary(batchOf({makeVisit("mon-a", "TAP")})),
                          {{"Content-Type", kProtobuf}, {"Authorization", "Bearer " + token}});
    EXPECT_EQ(response.status, 200);
  }
  const auto metrics = keepAlive.request("GET", "/metrics");
  // The five pushes and this request shared one connection.
  EXPECT_THAT(metrics.body, HasSubstr("amparo_open_connections 1"));
  EXPECT_EQ(app().records().recordCount(), 5u);
}

TEST_F(HttpApiTest, RecordPagesAcrossOfficesSeeEveryRecordOnceInIdOrder) {
  const auto monA = enroll("mon-a", "pw-a");
  const auto monTen = enroll("mon-ten", "pw-t");
  const auto coord = enroll("coord", "pw-c");
  std::vector<std::string> expected;
  for (int i = 0; i < 13; ++i) {
    const bool tap = i % 2 == 0;
    const auto record = makeVisit(tap ? "mon-a" : "mon-ten", tap ? "TAP" : "TEN");
    expected.push_back(record.id());
    push(tap ? monA : monTen, batchOf({record}));
  }
  auto listAll = [&](const std::string& order) {
    std::vector<std::string> seen;
    std::string token;
    for (int pages = 0; pages < 20; ++pages) {
      const auto response = client().request("GET", "/v1/records?page_size=3" + order + "&page_token=" + token, {},
                                             {{"Authorization", "Bearer " + coord}});
      EXPECT_EQ(response.status, 200);
      amparo::query::v1::ListRecordsResponse page;
      EXPECT_TRUE(wire::fromBinary(response.body, page));
      for (const auto& record : page.records()) seen.push_back(record.id());
      token = page.next_page_token();
      if (token.empty()) break;
    }
    return seen;
  };
  EXPECT_EQ(listAll(""), expected);  // UUIDv7 ids are creation-ordered
  // The visit log shows the newest first, across offices, pages and all.
  EXPECT_EQ(listAll("&order=newest"), std::vector<std::string>(expected.rbegin(), expected.rend()));
  EXPECT_EQ(client().request("GET", "/v1/records?order=sideways", {}, {{"Authorization", "Bearer " + coord}}).status,
            400);
}

}  // namespace
}  // namespace amparo::server::testing
