#pragma once

#include <cassert>
#include <utility>
#include <variant>

namespace yk {

/// A value or an error, for APIs that never throw across a layer (std::expected-like; we
/// build as C++20 so clang 14's libFuzzer build can use the same headers).
template <typename T, typename E> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {
    }
    Result(E error)
        : m_data(std::in_place_index<1>, std::move(error))
    {
    }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value()
    {
        assert(ok());
        return std::get<0>(m_data);
    }
    const T& value() const
    {
        assert(ok());
        return std::get<0>(m_data);
    }
    T& operator*() { return value(); }
    const T& operator*() const { return value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }

    const E& error() const
    {
        assert(!ok());
        return std::get<1>(m_data);
    }

private:
    std::variant<T, E> m_data;
};

/// Result of an operation that yields nothing but may fail.
template <typename E> class [[nodiscard]] Status {
public:
    Status() = default;
    Status(E error)
        : m_error(std::move(error))
        , m_failed(true)
    {
    }
    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const E& error() const
    {
        assert(m_failed);
        return m_error;
    }

private:
    E m_error {};
    bool m_failed = false;
};

} // namespace yk
