# expect error: 4:10 write '^' for powers
derivation d "Python's power operator"
claim c:
    alpha**2 == alpha*alpha
