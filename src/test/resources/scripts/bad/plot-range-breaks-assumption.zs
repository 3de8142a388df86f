# expect error: 6:9 plot 'p' at the lower end of its range breaks the derivation's assumption 'assume N >= 1'
derivation d "t"
assume N >= 1
plot p:
    Log(N)
    for N in [0.5, 10]
