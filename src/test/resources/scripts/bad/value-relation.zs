# expect error: 4:13 a value is one expression, not a relation
derivation d "t"
value v:
    alpha/2 == 1
    where alpha = 2
