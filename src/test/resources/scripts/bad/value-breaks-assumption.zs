# expect error: 6:28 value 'v' breaks the derivation's assumption 'assume alpha > 1' (line 3)
derivation d "t"
assume alpha > 1
value v "zeta at an input the derivation excludes":
    Zeta(alpha)
    where A = 2, beta = 3, alpha = 1/2
