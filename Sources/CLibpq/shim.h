#ifndef LIAISON_CLIBPQ_SHIM_H
#define LIAISON_CLIBPQ_SHIM_H

// PostgreSQL's own client library, as psql and every PostgreSQL tool use it: its connection
// strings and URIs, peer, SCRAM and certificate authentication, ~/.pgpass and service files
// work as a group's IT department already knows them. Debian: libpq-dev (the header) and libpq5.
//
// Only its types come from here: the library is not linked but loaded when a PostgreSQL store is
// first used (`Libpq` in LiaisonCore), since it brings some twenty libraries (TLS, Kerberos,
// LDAP) that a dashboard or wall on a store file has no use for.
#include <postgresql/libpq-fe.h>

#endif
