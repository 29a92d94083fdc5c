from spacy.language import Language
from dateline.language import ensure_doc_extension
class QuantityTagger:
    def __call__(self, doc):
        doc._.set("dateline_quantities", [])
        return doc
@Language.factory("dateline_quantities", assigns=["doc._.dateline_quantities"], default_config={})
def make_quantity_tagger(nlp, name):
    ensure_doc_extension("dateline_quantities")
    return QuantityTagger()
