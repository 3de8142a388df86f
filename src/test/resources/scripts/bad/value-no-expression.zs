# expect error: 3:1 value 'v' has no expression
derivation d "t"
value v:
    where x = 2
