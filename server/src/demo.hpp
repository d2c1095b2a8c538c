#pragma once
// `--demo`: offices come from the built-in reference data; this adds real-
// looking sites per office, three accounts with documented passwords and six
// months of made-up activity in Tapachula and Tenosique (demo_activity.hpp).
// Loopback only (the caller checks): the passwords are public.

#include <string>
#include <vector>

#include "auth/passwords.hpp"
#include "storage/account_store.hpp"
#include "storage/record_store.hpp"
#include "storage/store.hpp"

namespace amparo::server {

struct DemoAccount {
  std::string username;
  std::string password;
  storage::Role role;
  std::vector<std::string> offices;
};

const std::vector<DemoAccount>& demoAccounts();

// Seeds once per data directory; returns false (and changes nothing) when it
// was seeded before. `withActivity` adds the made-up visits and screenings
// (`make run`; tests leave it out to count their own records). Throws
// std::runtime_error on storage failure.
bool seedDemo(storage::Store& store, storage::AccountStore& accounts, storage::RecordStore& records,
              const auth::PasswordCost& cost, bool withActivity = false);

}  // namespace amparo::server
