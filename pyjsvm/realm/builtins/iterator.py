def setup(realm):
    pass
