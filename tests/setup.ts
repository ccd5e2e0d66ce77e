// The analysis reads the models the entry point loaded (it does no I/O itself): load them once per test file.
import { loadModels } from "../src/models";

loadModels();
