"""The edition's blocks as the editor meets them: every input has an accessible name."""

from wagtail.blocks import FieldBlock, StreamBlock

from cms.blocks import SectionBlock


def _direct_field_blocks(block):
    """Field blocks that sit directly in a stream: Wagtail gives them no <label> (wagtail#11179)."""
    for child in getattr(block, "child_blocks", {}).values():
        if isinstance(block, StreamBlock) and isinstance(child, FieldBlock):
            yield child
        yield from _direct_field_blocks(child)


def test_a_subheading_input_is_named_after_its_block():
    heading = SectionBlock().child_blocks["content"].child_blocks["heading"]
    html = heading.field.widget.render("heading", "Signalen", attrs={"id": "heading-0"})
    assert 'aria-label="Tussenkop"' in html


def test_every_text_input_directly_in_a_stream_has_an_accessible_name():
    for block in _direct_field_blocks(SectionBlock()):
        widget = block.field.widget
        if getattr(widget, "input_type", None) in {
            "text",
            "number",
            "email",
            "url",
        } or widget.__class__.__name__ in {
            "Textarea",
            "Select",
        }:
            assert widget.attrs.get("aria-label"), f"{block.name} has no accessible name"


def test_a_rich_text_editor_is_named_after_its_block():
    content = SectionBlock().child_blocks["content"]
    for text in (content.child_blocks["text"], content.child_blocks["callout"].child_blocks["text"]):
        assert text.field.widget.options["ariaLabel"] == "Tekst"


def test_the_introduction_editor_is_named(edition):
    from cms.models import EditionPage

    form_class = EditionPage.get_edit_handler().get_form_class()
    form = form_class(instance=edition, for_user=None)
    assert form.fields["introduction"].widget.options["ariaLabel"] == "Introductie"
