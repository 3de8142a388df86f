# expect error: 6:5 the order of Diff must be a whole number from 1 to 6
derivation bad_order "Diff with a fractional order"
assume x > 0

claim half:
    Diff(x^2, x, 1/2) == x
