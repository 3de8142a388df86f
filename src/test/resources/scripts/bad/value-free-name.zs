# expect error: 4:11 'beta' has no value in value 'v'
derivation d "t"
value v "a value with an unbound name":
    alpha/beta
    where alpha = 2
