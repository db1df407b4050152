#pragma once

#include <QString>

#include <expected>

namespace ChangeDesk {

// What went wrong, coarse enough for a caller to decide (exit code, dialog, retry) and
// paired with a message a person can act on.
enum class ErrorKind {
    InvalidInput,         // the caller gave something malformed: usage, URL, field value
    NotFound,             // a named record, file or database does not exist
    Conflict,             // someone else changed or removed the record in the meantime
    Unavailable,          // server unreachable, file locked, driver missing
    AuthenticationFailed, // credentials missing or refused
    ReadOnly,             // the database or file cannot be written
    Corrupt,              // the file is not a ChangeDesk database or is damaged
    NewerSchema,          // written by a newer ChangeDesk; never touched
    Io,                   // a read or write failed (disk full, permissions)
    Cancelled,            // the person stopped a long operation; nothing was changed
    Internal,             // a bug or an unexpected database error
};

struct Error {
    ErrorKind kind = ErrorKind::Internal;
    QString message;

    // 2 for bad input or usage, 1 for an operation that failed (changedeskctl's contract).
    int exitCode() const { return kind == ErrorKind::InvalidInput ? 2 : 1; }
    QString kindName() const;
};

template<typename T>
using Result = std::expected<T, Error>;
using Status = std::expected<void, Error>;

inline std::unexpected<Error> fail(ErrorKind kind, QString message)
{
    return std::unexpected<Error>(Error{kind, std::move(message)});
}

inline std::unexpected<Error> fail(Error error)
{
    return std::unexpected<Error>(std::move(error));
}

} // namespace ChangeDesk
