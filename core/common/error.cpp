#include "error.h"

using namespace Qt::StringLiterals;

namespace ChangeDesk {

QString Error::kindName() const
{
    switch (kind) {
    case ErrorKind::InvalidInput:
        return u"invalid-input"_s;
    case ErrorKind::NotFound:
        return u"not-found"_s;
    case ErrorKind::Conflict:
        return u"conflict"_s;
    case ErrorKind::Unavailable:
        return u"unavailable"_s;
    case ErrorKind::AuthenticationFailed:
        return u"authentication-failed"_s;
    case ErrorKind::ReadOnly:
        return u"read-only"_s;
    case ErrorKind::Corrupt:
        return u"corrupt"_s;
    case ErrorKind::NewerSchema:
        return u"newer-schema"_s;
    case ErrorKind::Io:
        return u"io"_s;
    case ErrorKind::Cancelled:
        return u"cancelled"_s;
    case ErrorKind::Internal:
        return u"internal"_s;
    }
    return u"internal"_s;
}

} // namespace ChangeDesk
