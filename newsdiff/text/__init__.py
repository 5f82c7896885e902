"""Text analysis shared by every extractor: segmentation, furniture, noun phrases, the analysed `Document`."""
