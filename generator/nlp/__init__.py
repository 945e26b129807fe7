"""Arabic language analysis: normalisation, sentences and the fact extractors."""
