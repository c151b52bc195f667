#ifndef LIAISON_CLIBPQ_SHIM_H
#define LIAISON_CLIBPQ_SHIM_H

// PostgreSQL's own client library, as psql and every PostgreSQL tool use it: its connection
// strings and URIs, peer, SCRAM and certificate authentication, ~/.pgpass and service files
// work as a group's IT department already knows them. Debian: libpq-dev.
#include <postgresql/libpq-fe.h>

#endif
