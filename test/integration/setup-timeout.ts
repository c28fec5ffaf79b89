// Integration tests wait on real brokers and databases; jest's 5 s default is for unit tests.
jest.setTimeout(180000);
