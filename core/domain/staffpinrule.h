#pragma once
// A staff PIN tried wrong too often locks: the hub's check (StaffRepository) and the screens'
// own countdown (DevicePairing) apply the same figures.

namespace tableside {

struct StaffPinRule {
    static constexpr int MaxWrongPins = 5; // wrong PINs in a row before a staff member is locked
    static constexpr int LockMinutes = 5;
};

} // namespace tableside
